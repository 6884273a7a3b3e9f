$.ajax({
  url: 'https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
