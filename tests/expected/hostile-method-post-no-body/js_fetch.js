fetch('https://api.example.com/echo/jobs/run', {
  method: 'POST',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
