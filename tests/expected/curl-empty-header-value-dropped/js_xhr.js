const xhr = new XMLHttpRequest();
xhr.open('GET', 'http://api.example.com/users');
xhr.setRequestHeader('tenant', '');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
