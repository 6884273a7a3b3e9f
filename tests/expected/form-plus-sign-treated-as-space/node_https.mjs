import https from 'node:https';

const body = new URLSearchParams({
  'P1': 'A&B',
  'P2': 'A+B',
}).toString();

const options = {
  hostname: 'api.example.com',
  path: '/form',
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
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
