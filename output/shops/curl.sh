curl \
  -H 'Authorization: Bearer YourAccessToken' \
  'https://api.orange.com/poi/v1/shops?postalCode=35000'
