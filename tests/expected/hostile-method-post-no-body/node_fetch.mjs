import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/jobs/run', {
  method: 'POST',
});
console.log(await response.text());
