$.ajax({
  url: 'https://api.example.com/echo/items',
  method: 'DELETE',
  contentType: 'application/json',
  data: '{"ids":[1,2,3]}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
