import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/unicode-text', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/markdown',
  },
  body: '# Café ☕\n\n* naïve — “quoted” 😋\n',
});
console.log(await response.text());
