fetch('http://api.example.com/path?%24filter=name%20eq%20John&%24top=5')
  .then((response) => response.text())
  .then((text) => console.log(text));
