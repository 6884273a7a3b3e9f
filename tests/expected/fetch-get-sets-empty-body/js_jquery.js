$.ajax({
  url: 'https://api.example.com/status',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
