import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z',
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
