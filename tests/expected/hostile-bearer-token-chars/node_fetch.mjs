import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/bearer', {
  method: 'DELETE',
  headers: {
    'Authorization': 'Bearer abc-._~+/XYZ09==',
  },
});
console.log(await response.text());
