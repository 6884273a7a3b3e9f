const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/get');
xhr.setRequestHeader('Authorization', 'Basic bXl1c2VyOnAkc3Mjd29yZEBeMQ==');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
