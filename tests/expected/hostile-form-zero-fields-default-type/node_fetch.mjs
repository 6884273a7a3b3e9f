import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/empty-form', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams(),
});
console.log(await response.text());
