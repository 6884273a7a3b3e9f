const xhr = new XMLHttpRequest();
xhr.open('DELETE', 'https://api.example.com/echo/bearer');
xhr.setRequestHeader('Authorization', 'Bearer abc-._~+/XYZ09==');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
