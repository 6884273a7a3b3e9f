$.ajax({
  url: 'https://api.example.com/echo/jobs/run',
  method: 'POST',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
