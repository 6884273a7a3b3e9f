fetch('https://api.example.com/get', {
  headers: {
    'Authorization': 'Basic bXl1c2VyOnAkc3Mjd29yZEBeMQ==',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
