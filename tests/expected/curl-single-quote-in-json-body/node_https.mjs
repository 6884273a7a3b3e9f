import http from 'node:http';

const body = '{"name":"Bob\'s piano lessons"}';

const options = {
  hostname: 'api.example.com',
  path: '/api/v1/merchants',
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  },
};

const req = http.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.write(body);
req.end();
