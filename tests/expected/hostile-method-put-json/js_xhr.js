const data = '{"name":"it\'s $7","tags":["a","b"]}';

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/echo/items/7');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
