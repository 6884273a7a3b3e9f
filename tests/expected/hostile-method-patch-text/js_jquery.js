$.ajax({
  url: 'https://api.example.com/echo/items/7',
  method: 'PATCH',
  contentType: 'application/merge-patch+json',
  data: '{"name":null}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
