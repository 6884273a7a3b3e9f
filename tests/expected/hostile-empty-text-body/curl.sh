curl -X PUT \
  -H 'Content-Type: text/plain' \
  --data-raw '' \
  https://api.example.com/echo/empty-body
