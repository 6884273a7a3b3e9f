import https from 'node:https';

const body = '{"userName":"someuser","password":"somepassword"}';

const options = {
  hostname: 'api.example.com',
  path: '/action',
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept-Language': 'en',
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
