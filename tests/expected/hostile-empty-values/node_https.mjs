import https from 'node:https';

const body = new URLSearchParams({
  'note': '',
  'name': 'x',
}).toString();

const options = {
  hostname: 'api.example.com',
  path: '/echo/empty?empty=&full=1',
  method: 'POST',
  headers: {
    'X-Empty': '',
    'X-Present': 'yes',
    'Content-Type': 'application/x-www-form-urlencoded',
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
