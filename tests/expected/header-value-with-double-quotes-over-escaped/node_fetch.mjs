import fetch from 'node-fetch';

const response = await fetch('http://api.example.com/resource', {
  headers: {
    'If-None-Match': 'W/"1234"',
  },
});
console.log(await response.text());
