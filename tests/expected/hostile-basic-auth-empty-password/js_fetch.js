fetch('https://api.example.com/echo/basic-empty', {
  method: 'POST',
  headers: {
    'Authorization': 'Basic c2tfdGVzdF8xMjM6',
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({
    'amount': '100',
  }),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
