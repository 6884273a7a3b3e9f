import https from 'node:https';

const body = '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}';

const options = {
  hostname: 'api.example.com',
  path: '/echo/vnd',
  method: 'POST',
  headers: {
    'Accept': 'application/vnd.api+json',
    'Content-Type': 'application/vnd.api+json; charset=utf-8',
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
