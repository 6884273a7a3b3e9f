const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/a%20b/caf%C3%A9/100%25');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
