import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/form', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'P1': 'A&B',
    'P2': 'A+B',
  }),
});
console.log(await response.text());
