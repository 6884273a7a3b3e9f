import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/items/7',
  method: 'DELETE',
  headers: {
    'If-Match': '"abc"',
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
