fetch('https://api.example.com/echo/empty-body', {
  method: 'PUT',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
