import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/empty-body', {
  method: 'PUT',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '',
});
console.log(await response.text());
