$.ajax({
  url: 'https://api.orange.com/poi/v1/shops?postalCode=35000',
  headers: {
    'Authorization': 'Bearer YourAccessToken',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
