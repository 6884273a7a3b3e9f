$.ajax({
  url: 'http://api.example.com/users',
  headers: {
    'tenant': '',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
