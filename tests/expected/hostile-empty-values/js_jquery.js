$.ajax({
  url: 'https://api.example.com/echo/empty?empty=&full=1',
  method: 'POST',
  headers: {
    'X-Empty': '',
    'X-Present': 'yes',
  },
  contentType: 'application/x-www-form-urlencoded',
  data: 'note=&name=x',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
