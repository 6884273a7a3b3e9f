const data = new URLSearchParams({
  'grant_type': 'client_credentials',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.orange.com/oauth/v3/token');
xhr.setRequestHeader('Authorization', 'Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.setRequestHeader('Accept', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
