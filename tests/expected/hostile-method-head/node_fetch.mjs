import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/head?q=a%20b', {
  method: 'HEAD',
  headers: {
    'X-Check': '1',
  },
});
console.log(await response.text());
