import https from 'node:https';

const body = '{\r\n\t"message": "line 1\\nline 2\\r\\nend\\t\\"quoted\\" \\\\ \\u0041 \\/",\r\n\t"price": "$5 ${x} `x` #{x} %s"\r\n}\r\n';

const options = {
  hostname: 'api.example.com',
  path: '/echo/json-text',
  method: 'POST',
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
