import https from 'node:https';

const body = '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}';

const options = {
  hostname: 'api.example.com',
  path: '/echo/unicode',
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json; charset=utf-8',
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
