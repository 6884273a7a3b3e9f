fetch('https://api.example.com/echo/repeated-headers', {
  headers: [
    ['X-Repeat', 'first'],
    ['Accept', 'application/json'],
    ['X-Repeat', 'second'],
    ['x-repeat', 'third'],
  ],
})
  .then((response) => response.text())
  .then((text) => console.log(text));
