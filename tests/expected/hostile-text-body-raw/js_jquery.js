$.ajax({
  url: 'https://api.example.com/echo/text',
  method: 'POST',
  contentType: 'text/plain; charset=utf-8',
  // Sent as a Blob because, for a string body, the browser rewrites the contentType charset to
  // UTF-8. processData: false passes the Blob on unchanged.
  data: new Blob(['first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} \x3C/script> a\u2028b\n']),
  processData: false,
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
