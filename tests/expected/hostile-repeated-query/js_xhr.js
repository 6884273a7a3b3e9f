const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
