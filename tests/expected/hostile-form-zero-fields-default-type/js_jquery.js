$.ajax({
  url: 'https://api.example.com/echo/empty-form',
  method: 'PUT',
  contentType: 'application/x-www-form-urlencoded',
  data: '',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
