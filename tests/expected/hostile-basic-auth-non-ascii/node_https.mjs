import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/basic',
  method: 'GET',
  auth: 'Jürgen:p:a\'s"s \\ $x %41 😋',
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
