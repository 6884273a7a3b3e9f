const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/echo/flags/on');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
