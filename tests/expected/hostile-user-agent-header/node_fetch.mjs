import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/user-agent', {
  headers: {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
  },
});
console.log(await response.text());
