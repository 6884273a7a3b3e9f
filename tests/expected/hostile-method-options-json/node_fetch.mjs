import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/options-body', {
  method: 'OPTIONS',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"probe":true}',
});
console.log(await response.text());
