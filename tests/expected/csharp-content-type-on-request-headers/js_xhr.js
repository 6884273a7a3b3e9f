const data = '{"userName":"someuser","password":"somepassword"}';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/action');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.setRequestHeader('Accept-Language', 'en');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
