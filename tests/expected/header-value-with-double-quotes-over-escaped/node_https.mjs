import http from 'node:http';

const options = {
  hostname: 'api.example.com',
  path: '/resource',
  method: 'GET',
  headers: {
    'If-None-Match': 'W/"1234"',
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
