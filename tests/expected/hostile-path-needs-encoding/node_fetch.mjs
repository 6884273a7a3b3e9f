import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/a%20b/caf%C3%A9/100%25');
console.log(await response.text());
