const data = '{"probe":true}';

const xhr = new XMLHttpRequest();
xhr.open('OPTIONS', 'https://api.example.com/echo/options-body');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
