$.ajax({
  url: 'https://api.example.com/echo/get-content-type',
  headers: {
    'Accept': 'application/json',
  },
  contentType: 'application/json',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
