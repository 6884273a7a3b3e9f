import fetch from 'node-fetch';

const response = await fetch('http://api.example.com/users', {
  headers: {
    'tenant': '',
  },
});
console.log(await response.text());
