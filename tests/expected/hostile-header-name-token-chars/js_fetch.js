fetch('https://api.example.com/echo/header-name', {
  headers: {
    'X-Odd!#$%&\'*+.^_`|~Name': 'value',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
