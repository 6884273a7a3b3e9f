const xhr = new XMLHttpRequest();
xhr.open('DELETE', 'https://api.example.com/echo/items/7');
xhr.setRequestHeader('If-Match', '"abc"');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
