const data = '# Café ☕\n\n* naïve — “quoted” 😋\n';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/unicode-text');
xhr.setRequestHeader('Content-Type', 'text/markdown');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
