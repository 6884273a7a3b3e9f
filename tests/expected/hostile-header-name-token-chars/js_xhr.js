const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/header-name');
xhr.setRequestHeader('X-Odd!#$%&\'*+.^_`|~Name', 'value');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
