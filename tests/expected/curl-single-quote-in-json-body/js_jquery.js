$.ajax({
  url: 'http://api.example.com/api/v1/merchants',
  method: 'PUT',
  contentType: 'application/json',
  data: '{"name":"Bob\'s piano lessons"}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
