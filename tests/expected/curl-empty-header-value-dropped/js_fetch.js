fetch('http://api.example.com/users', {
  headers: {
    'tenant': '',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
