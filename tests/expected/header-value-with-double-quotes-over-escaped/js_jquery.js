$.ajax({
  url: 'http://api.example.com/resource',
  headers: {
    'If-None-Match': 'W/"1234"',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
