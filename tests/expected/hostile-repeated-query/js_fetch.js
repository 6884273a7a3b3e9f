fetch('https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=')
  .then((response) => response.text())
  .then((text) => console.log(text));
