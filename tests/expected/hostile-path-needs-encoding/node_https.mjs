import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/a%20b/caf%C3%A9/100%25',
  method: 'GET',
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
