$.ajax({
  url: 'https://api.example.com/action',
  method: 'POST',
  headers: {
    'Accept-Language': 'en',
  },
  contentType: 'application/json',
  data: '{"userName":"someuser","password":"somepassword"}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
