const data = new URLSearchParams({
  'amount': '100',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/basic-empty');
xhr.setRequestHeader('Authorization', 'Basic c2tfdGVzdF8xMjM6');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
