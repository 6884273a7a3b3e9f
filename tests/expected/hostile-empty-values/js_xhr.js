const data = new URLSearchParams({
  'note': '',
  'name': 'x',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/empty?empty=&full=1');
xhr.setRequestHeader('X-Empty', '');
xhr.setRequestHeader('X-Present', 'yes');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
