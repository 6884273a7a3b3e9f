curl -X POST \
  -u YourClientId:YourClientSecret \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  --data-urlencode grant_type=client_credentials \
  https://api.orange.com/oauth/v3/token
