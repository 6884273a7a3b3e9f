$.ajax({
  url: 'https://api.example.com/jobs/42/trigger',
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
  data: '',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
