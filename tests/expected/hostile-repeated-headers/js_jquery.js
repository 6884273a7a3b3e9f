$.ajax({
  url: 'https://api.example.com/echo/repeated-headers',
  headers: {
    'X-Repeat': 'first, second, third',
    'Accept': 'application/json',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
