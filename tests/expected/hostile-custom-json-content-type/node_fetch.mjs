import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/vnd', {
  method: 'POST',
  headers: {
    'Accept': 'application/vnd.api+json',
    'Content-Type': 'application/vnd.api+json; charset=utf-8',
  },
  body: '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}',
});
console.log(await response.text());
