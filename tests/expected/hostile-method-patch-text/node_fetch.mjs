import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/items/7', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/merge-patch+json',
  },
  body: '{"name":null}',
});
console.log(await response.text());
