import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/header-name', {
  headers: {
    'X-Odd!#$%&\'*+.^_`|~Name': 'value',
  },
});
console.log(await response.text());
