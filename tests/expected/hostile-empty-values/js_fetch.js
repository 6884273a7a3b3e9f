fetch('https://api.example.com/echo/empty?empty=&full=1', {
  method: 'POST',
  headers: {
    'X-Empty': '',
    'X-Present': 'yes',
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'note': '',
    'name': 'x',
  }),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
