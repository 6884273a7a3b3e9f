fetch('https://api.example.com/echo/flags/on', {
  method: 'PUT',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
