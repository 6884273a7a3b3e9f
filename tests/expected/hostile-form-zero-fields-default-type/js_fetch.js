fetch('https://api.example.com/echo/empty-form', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams(),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
