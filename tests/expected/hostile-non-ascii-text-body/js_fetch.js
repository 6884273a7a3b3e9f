fetch('https://api.example.com/echo/unicode-text', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/markdown',
  },
  body: '# Café ☕\n\n* naïve — “quoted” 😋\n',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
