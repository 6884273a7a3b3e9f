$.ajax({
  url: 'https://api.example.com/echo/options',
  method: 'OPTIONS',
  headers: {
    'X-Check': '1',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
