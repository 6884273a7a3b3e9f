const data = new URLSearchParams({
  '$filter': 'my&value = 1',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'http://api.example.com/url-encoded');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
