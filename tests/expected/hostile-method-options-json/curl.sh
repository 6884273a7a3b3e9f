curl -X OPTIONS \
  -H 'Content-Type: application/json' \
  --data-raw '{"probe":true}' \
  https://api.example.com/echo/options-body
