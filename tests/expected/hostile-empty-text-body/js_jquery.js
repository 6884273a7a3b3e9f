$.ajax({
  url: 'https://api.example.com/echo/empty-body',
  method: 'PUT',
  contentType: 'text/plain',
  data: '',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
