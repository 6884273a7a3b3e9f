import fetch from 'node-fetch';

const response = await fetch('https://api.orange.com/poi/v1/shops?postalCode=35000', {
  headers: {
    'Authorization': 'Bearer YourAccessToken',
  },
});
console.log(await response.text());
