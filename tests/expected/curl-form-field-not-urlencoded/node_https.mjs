import http from 'node:http';

const body = new URLSearchParams({
  '$filter': 'my&value = 1',
}).toString();

const options = {
  hostname: 'api.example.com',
  path: '/url-encoded',
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
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
