import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/jobs/run',
  method: 'POST',
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
