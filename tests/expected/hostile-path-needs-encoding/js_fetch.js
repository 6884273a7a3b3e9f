fetch('https://api.example.com/echo/a%20b/caf%C3%A9/100%25')
  .then((response) => response.text())
  .then((text) => console.log(text));
