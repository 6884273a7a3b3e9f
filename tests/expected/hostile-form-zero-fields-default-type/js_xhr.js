const data = new URLSearchParams();

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/echo/empty-form');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
