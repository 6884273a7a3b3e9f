fetch('https://api.example.com/echo/options-body', {
  method: 'OPTIONS',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"probe":true}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
