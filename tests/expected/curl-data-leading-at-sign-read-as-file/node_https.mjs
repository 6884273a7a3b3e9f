import https from 'node:https';

const body = '@team standup moved to 10:00';

const options = {
  hostname: 'api.example.com',
  path: '/messages',
  method: 'POST',
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
