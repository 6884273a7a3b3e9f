fetch('https://api.example.com/api/customer/login/?email=foo%2Bbar-xyz%40example.com')
  .then((response) => response.text())
  .then((text) => console.log(text));
