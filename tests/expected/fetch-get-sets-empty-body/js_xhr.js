const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/status');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
