import https from 'node:https';

const body = '{"name":"it\'s $7","tags":["a","b"]}';

const options = {
  hostname: 'api.example.com',
  path: '/echo/items/7',
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
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
