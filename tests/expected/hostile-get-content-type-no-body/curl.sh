curl \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  https://api.example.com/echo/get-content-type
