import http from 'node:http';

const options = {
  hostname: 'api.example.com',
  path: '/users',
  method: 'GET',
  headers: {
    'tenant': '',
  },
};

const req = http.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
