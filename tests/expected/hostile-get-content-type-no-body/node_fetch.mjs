import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/get-content-type', {
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
});
console.log(await response.text());
