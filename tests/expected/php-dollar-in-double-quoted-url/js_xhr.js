const xhr = new XMLHttpRequest();
xhr.open('GET', 'http://api.example.com/path?%24filter=name%20eq%20John&%24top=5');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
