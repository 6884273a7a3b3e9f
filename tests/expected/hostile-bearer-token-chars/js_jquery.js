$.ajax({
  url: 'https://api.example.com/echo/bearer',
  method: 'DELETE',
  headers: {
    'Authorization': 'Bearer abc-._~+/XYZ09==',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
