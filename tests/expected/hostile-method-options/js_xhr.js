const xhr = new XMLHttpRequest();
xhr.open('OPTIONS', 'https://api.example.com/echo/options');
xhr.setRequestHeader('X-Check', '1');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
