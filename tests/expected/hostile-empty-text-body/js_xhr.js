const data = '';

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/echo/empty-body');
xhr.setRequestHeader('Content-Type', 'text/plain');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
