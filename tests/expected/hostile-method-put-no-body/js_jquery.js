$.ajax({
  url: 'https://api.example.com/echo/flags/on',
  method: 'PUT',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
