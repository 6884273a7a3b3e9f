const data = new URLSearchParams({
  'P1': 'A&B',
  'P2': 'A+B',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/form');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
