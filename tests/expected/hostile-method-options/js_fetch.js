fetch('https://api.example.com/echo/options', {
  method: 'OPTIONS',
  headers: {
    'X-Check': '1',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
