import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/flags/on', {
  method: 'PUT',
});
console.log(await response.text());
