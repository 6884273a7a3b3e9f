fetch('http://api.example.com/resource', {
  headers: {
    'If-None-Match': 'W/"1234"',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
