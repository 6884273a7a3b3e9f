$.ajax({
  url: 'https://api.orange.com/oauth/v3/token',
  method: 'POST',
  headers: {
    'Authorization': 'Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=',
    'Accept': 'application/json',
  },
  contentType: 'application/x-www-form-urlencoded',
  data: 'grant_type=client_credentials',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
