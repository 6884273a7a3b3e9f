$.ajax({
  url: 'https://api.example.com/echo/items/7',
  method: 'DELETE',
  headers: {
    'If-Match': '"abc"',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
