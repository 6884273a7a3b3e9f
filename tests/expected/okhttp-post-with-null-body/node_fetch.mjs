import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/jobs/42/trigger', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams(),
});
console.log(await response.text());
