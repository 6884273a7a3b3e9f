const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/repeated-headers');
xhr.setRequestHeader('X-Repeat', 'first');
xhr.setRequestHeader('Accept', 'application/json');
xhr.setRequestHeader('X-Repeat', 'second');
xhr.setRequestHeader('x-repeat', 'third');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
