import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/user-agent',
  method: 'GET',
  headers: {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
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
