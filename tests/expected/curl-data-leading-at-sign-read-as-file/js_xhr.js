const data = '@team standup moved to 10:00';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/messages');
xhr.setRequestHeader('Content-Type', 'text/plain');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
