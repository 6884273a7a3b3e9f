const data = '{"name":null}';

const xhr = new XMLHttpRequest();
xhr.open('PATCH', 'https://api.example.com/echo/items/7');
xhr.setRequestHeader('Content-Type', 'application/merge-patch+json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
