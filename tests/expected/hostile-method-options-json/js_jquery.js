$.ajax({
  url: 'https://api.example.com/echo/options-body',
  method: 'OPTIONS',
  contentType: 'application/json',
  data: '{"probe":true}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
