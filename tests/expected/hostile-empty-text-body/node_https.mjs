import https from 'node:https';

const body = '';

const options = {
  hostname: 'api.example.com',
  path: '/echo/empty-body',
  method: 'PUT',
  headers: {
    'Content-Type': 'text/plain',
    'Content-Length': Buffer.byteLength(body),
  },
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.write(body);
req.end();
