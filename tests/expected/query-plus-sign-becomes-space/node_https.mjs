import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/api/customer/login/?email=foo%2Bbar-xyz%40example.com',
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
