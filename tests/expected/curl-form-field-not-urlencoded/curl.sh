curl -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode '%24filter=my&value = 1' \
  http://api.example.com/url-encoded
