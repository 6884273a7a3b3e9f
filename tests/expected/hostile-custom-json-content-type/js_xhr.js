const data = '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/vnd');
xhr.setRequestHeader('Accept', 'application/vnd.api+json');
xhr.setRequestHeader('Content-Type', 'application/vnd.api+json; charset=utf-8');
xhr.onload = () => {
  console.log(xhr.responseText);
};
// Sent as a Blob because, for a string or form body, the browser rewrites the Content-Type charset to UTF-8.
xhr.send(new Blob([data]));
