import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/header-name',
  method: 'GET',
  headers: {
    'X-Odd!#$%&\'*+.^_`|~Name': 'value',
  },
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
