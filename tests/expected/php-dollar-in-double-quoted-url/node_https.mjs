import http from 'node:http';

const options = {
  hostname: 'api.example.com',
  path: '/path?%24filter=name%20eq%20John&%24top=5',
  method: 'GET',
};

const req = http.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
