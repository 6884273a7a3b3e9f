fetch('http://api.example.com/api/v1/merchants', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"name":"Bob\'s piano lessons"}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
