const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/jobs/run');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
