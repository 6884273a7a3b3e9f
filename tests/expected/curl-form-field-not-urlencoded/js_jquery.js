$.ajax({
  url: 'http://api.example.com/url-encoded',
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
  data: '%24filter=my%26value+%3D+1',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
