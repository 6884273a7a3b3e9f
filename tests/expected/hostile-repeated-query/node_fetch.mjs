import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=');
console.log(await response.text());
