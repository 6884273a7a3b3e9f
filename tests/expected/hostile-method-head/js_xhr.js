const xhr = new XMLHttpRequest();
xhr.open('HEAD', 'https://api.example.com/echo/head?q=a%20b');
xhr.setRequestHeader('X-Check', '1');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
