import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids":[1,2,3]}',
});
console.log(await response.text());
