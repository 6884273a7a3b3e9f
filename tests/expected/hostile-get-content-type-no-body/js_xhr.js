const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/get-content-type');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.setRequestHeader('Accept', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
