fetch('https://api.example.com/echo/user-agent', {
  headers: {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
