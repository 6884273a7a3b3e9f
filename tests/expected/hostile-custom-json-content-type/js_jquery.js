$.ajax({
  url: 'https://api.example.com/echo/vnd',
  method: 'POST',
  headers: {
    'Accept': 'application/vnd.api+json',
  },
  contentType: 'application/vnd.api+json; charset=utf-8',
  // Sent as a Blob because, for a string body, the browser rewrites the contentType charset to
  // UTF-8. processData: false passes the Blob on unchanged.
  data: new Blob(['{"data":{"type":"items","attributes":{"na\\"me":"x"}}}']),
  processData: false,
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
