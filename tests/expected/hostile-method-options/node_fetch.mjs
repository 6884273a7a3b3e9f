import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/options', {
  method: 'OPTIONS',
  headers: {
    'X-Check': '1',
  },
});
console.log(await response.text());
