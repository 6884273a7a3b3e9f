fetch('https://api.example.com/echo/basic', {
  headers: {
    'Authorization': 'Basic SsO8cmdlbjpwOmEncyJzIFwgJHggJTQxIPCfmIs=',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
