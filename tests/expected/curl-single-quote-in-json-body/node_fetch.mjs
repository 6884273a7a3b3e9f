import fetch from 'node-fetch';

const response = await fetch('http://api.example.com/api/v1/merchants', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"name":"Bob\'s piano lessons"}',
});
console.log(await response.text());
