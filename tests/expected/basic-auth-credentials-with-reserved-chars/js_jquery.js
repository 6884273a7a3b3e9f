$.ajax({
  url: 'https://api.example.com/get',
  headers: {
    'Authorization': 'Basic bXl1c2VyOnAkc3Mjd29yZEBeMQ==',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
