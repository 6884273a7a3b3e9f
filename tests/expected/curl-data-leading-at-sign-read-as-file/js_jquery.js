$.ajax({
  url: 'https://api.example.com/messages',
  method: 'POST',
  contentType: 'text/plain',
  data: '@team standup moved to 10:00',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
