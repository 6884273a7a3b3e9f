import https from 'node:https';

const body = 'first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} \x3C/script> a\u2028b\n';

const options = {
  hostname: 'api.example.com',
  path: '/echo/text',
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
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
