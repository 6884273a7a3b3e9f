fetch('https://api.orange.com/poi/v1/shops?postalCode=35000', {
  headers: {
    'Authorization': 'Bearer YourAccessToken',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
