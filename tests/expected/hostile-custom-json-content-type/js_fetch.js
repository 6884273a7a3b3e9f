fetch('https://api.example.com/echo/vnd', {
  method: 'POST',
  headers: {
    'Accept': 'application/vnd.api+json',
    'Content-Type': 'application/vnd.api+json; charset=utf-8',
  },
  body: '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
