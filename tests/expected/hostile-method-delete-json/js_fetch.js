fetch('https://api.example.com/echo/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids":[1,2,3]}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
