import https from 'node:https';

const body = '# Café ☕\n\n* naïve — “quoted” 😋\n';

const options = {
  hostname: 'api.example.com',
  path: '/echo/unicode-text',
  method: 'POST',
  headers: {
    'Content-Type': 'text/markdown',
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
