import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/empty?empty=&full=1', {
  method: 'POST',
  headers: {
    'X-Empty': '',
    'X-Present': 'yes',
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'note': '',
    'name': 'x',
  }),
});
console.log(await response.text());
