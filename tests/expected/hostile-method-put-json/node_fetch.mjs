import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/items/7', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"name":"it\'s $7","tags":["a","b"]}',
});
console.log(await response.text());
