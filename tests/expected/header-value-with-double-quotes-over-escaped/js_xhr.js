const xhr = new XMLHttpRequest();
xhr.open('GET', 'http://api.example.com/resource');
xhr.setRequestHeader('If-None-Match', 'W/"1234"');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
