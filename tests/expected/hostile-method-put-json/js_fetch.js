fetch('https://api.example.com/echo/items/7', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"name":"it\'s $7","tags":["a","b"]}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
