$.ajax({
  url: 'https://api.example.com/api/v2/flags/checkout?env=staging&env=uat',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
