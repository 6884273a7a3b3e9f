const data = '{"ids":[1,2,3]}';

const xhr = new XMLHttpRequest();
xhr.open('DELETE', 'https://api.example.com/echo/items');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
