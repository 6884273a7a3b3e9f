fetch('https://api.example.com/api/v2/flags/checkout?env=staging&env=uat')
  .then((response) => response.text())
  .then((text) => console.log(text));
