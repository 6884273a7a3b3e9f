$.ajax({
  url: 'https://api.example.com/echo/basic-empty',
  method: 'POST',
  headers: {
    'Authorization': 'Basic c2tfdGVzdF8xMjM6',
  },
  contentType: 'application/x-www-form-urlencoded',
  data: 'amount=100',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
