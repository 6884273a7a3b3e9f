import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/action', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept-Language': 'en',
  },
  body: '{"userName":"someuser","password":"somepassword"}',
});
console.log(await response.text());
