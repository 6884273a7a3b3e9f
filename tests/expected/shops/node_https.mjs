import https from 'node:https';

const options = {
  hostname: 'api.orange.com',
  path: '/poi/v1/shops?postalCode=35000',
  method: 'GET',
  headers: {
    'Authorization': 'Bearer YourAccessToken',
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
