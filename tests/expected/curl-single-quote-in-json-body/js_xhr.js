const data = '{"name":"Bob\'s piano lessons"}';

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'http://api.example.com/api/v1/merchants');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
