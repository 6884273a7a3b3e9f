import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  body: '😋',
});
console.log(await response.text());
