fetch('https://api.example.com/messages', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '@team standup moved to 10:00',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
