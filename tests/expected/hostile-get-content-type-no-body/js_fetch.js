fetch('https://api.example.com/echo/get-content-type', {
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
