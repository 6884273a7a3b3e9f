import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/repeated-headers', {
  headers: [
    ['X-Repeat', 'first'],
    ['Accept', 'application/json'],
    ['X-Repeat', 'second'],
    ['x-repeat', 'third'],
  ],
});
console.log(await response.text());
