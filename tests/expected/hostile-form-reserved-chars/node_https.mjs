import https from 'node:https';

const body = new URLSearchParams([
  ['plus', 'a+b'],
  ['amp', 'a&b'],
  ['equals', 'a=b=='],
  ['hash', 'a#b'],
  ['question', 'a?b'],
  ['slash', 'a/b'],
  ['semicolon', 'a;b'],
  ['space', 'a b'],
  ['percent', '100% %20 %2B'],
  ['unicode', 'café 😋'],
  ['quotes', 'it\'s "x" \\'],
  ['dollar', '$x ${x} `x` #{x}'],
  ['multi', 'line 1\r\nline 2'],
  ['repeat', 'first'],
  ['name with space&=', 'value'],
  ['repeat', 'second'],
]).toString();

const options = {
  hostname: 'api.example.com',
  path: '/echo/form',
  method: 'POST',
  headers: {
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
