$.ajax({
  url: 'https://api.example.com/echo/basic',
  headers: {
    'Authorization': 'Basic SsO8cmdlbjpwOmEncyJzIFwgJHggJTQxIPCfmIs=',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
