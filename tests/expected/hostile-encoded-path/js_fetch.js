fetch('https://api.example.com/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z')
  .then((response) => response.text())
  .then((text) => console.log(text));
