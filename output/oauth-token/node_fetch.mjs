import fetch from 'node-fetch';

const response = await fetch('https://api.orange.com/oauth/v3/token', {
  method: 'POST',
  headers: {
    'Authorization': 'Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=',
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams({
    'grant_type': 'client_credentials',
  }),
});
console.log(await response.text());
