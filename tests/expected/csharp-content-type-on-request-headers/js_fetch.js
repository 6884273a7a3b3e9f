fetch('https://api.example.com/action', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept-Language': 'en',
  },
  body: '{"userName":"someuser","password":"somepassword"}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
