import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/messages', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '@team standup moved to 10:00',
});
console.log(await response.text());
