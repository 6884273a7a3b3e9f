$.ajax({
  url: 'https://api.example.com/echo/header-name',
  headers: {
    'X-Odd!#$%&\'*+.^_`|~Name': 'value',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
