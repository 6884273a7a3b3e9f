fetch('https://api.example.com/echo/items/7', {
  method: 'DELETE',
  headers: {
    'If-Match': '"abc"',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
