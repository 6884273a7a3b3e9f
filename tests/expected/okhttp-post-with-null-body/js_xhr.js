const data = new URLSearchParams();

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/jobs/42/trigger');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
