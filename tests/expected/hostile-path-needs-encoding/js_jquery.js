$.ajax({
  url: 'https://api.example.com/echo/a%20b/caf%C3%A9/100%25',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
