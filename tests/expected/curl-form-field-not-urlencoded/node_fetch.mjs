import fetch from 'node-fetch';

const response = await fetch('http://api.example.com/url-encoded', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    '$filter': 'my&value = 1',
  }),
});
console.log(await response.text());
