fetch('https://api.example.com/form', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'P1': 'A&B',
    'P2': 'A+B',
  }),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
