fetch('https://api.example.com/jobs/42/trigger', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams(),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
