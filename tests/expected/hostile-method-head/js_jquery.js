$.ajax({
  url: 'https://api.example.com/echo/head?q=a%20b',
  method: 'HEAD',
  headers: {
    'X-Check': '1',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
