$.ajax({
  url: 'https://api.example.com/echo',
  method: 'POST',
  contentType: 'text/plain; charset=utf-8',
  // Sent as a Blob because, for a string body, the browser rewrites the contentType charset to
  // UTF-8. processData: false passes the Blob on unchanged.
  data: new Blob(['😋']),
  processData: false,
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
