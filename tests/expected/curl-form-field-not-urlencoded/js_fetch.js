fetch('http://api.example.com/url-encoded', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    '$filter': 'my&value = 1',
  }),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
