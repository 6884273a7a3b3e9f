fetch('https://api.orange.com/oauth/v3/token', {
  method: 'POST',
  headers: {
    'Authorization': 'Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=',
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams({
    'grant_type': 'client_credentials',
  }),
})
  .then((response) => response.text())
  .then((text) => console.log(text));
