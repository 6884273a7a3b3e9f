fetch('https://api.example.com/echo/items/7', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/merge-patch+json',
  },
  body: '{"name":null}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
