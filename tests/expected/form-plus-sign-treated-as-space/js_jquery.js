$.ajax({
  url: 'https://api.example.com/form',
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
  data: 'P1=A%26B&P2=A%2BB',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
