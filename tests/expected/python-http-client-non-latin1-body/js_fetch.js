fetch('https://api.example.com/echo', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  body: '😋',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
