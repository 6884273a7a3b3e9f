import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/get', {
  headers: {
    'Authorization': 'Basic bXl1c2VyOnAkc3Mjd29yZEBeMQ==',
  },
});
console.log(await response.text());
