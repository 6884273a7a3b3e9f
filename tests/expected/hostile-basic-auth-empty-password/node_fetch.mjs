import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/basic-empty', {
  method: 'POST',
  headers: {
    'Authorization': 'Basic c2tfdGVzdF8xMjM6',
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'amount': '100',
  }),
});
console.log(await response.text());
