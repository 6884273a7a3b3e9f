fetch('https://api.example.com/status')
  .then((response) => response.text())
  .then((text) => console.log(text));
