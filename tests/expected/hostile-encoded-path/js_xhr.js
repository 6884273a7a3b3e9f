const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
