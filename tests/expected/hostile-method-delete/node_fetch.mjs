import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/items/7', {
  method: 'DELETE',
  headers: {
    'If-Match': '"abc"',
  },
});
console.log(await response.text());
