$.ajax({
  url: 'https://api.example.com/echo/items/7',
  method: 'PUT',
  contentType: 'application/json',
  data: '{"name":"it\'s $7","tags":["a","b"]}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
