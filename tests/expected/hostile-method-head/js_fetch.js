fetch('https://api.example.com/echo/head?q=a%20b', {
  method: 'HEAD',
  headers: {
    'X-Check': '1',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
