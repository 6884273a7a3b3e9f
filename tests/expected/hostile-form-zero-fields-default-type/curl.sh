curl -X PUT \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw '' \
  https://api.example.com/echo/empty-form
