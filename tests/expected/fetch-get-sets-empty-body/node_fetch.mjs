import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/status');
console.log(await response.text());
