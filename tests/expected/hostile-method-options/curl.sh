curl -X OPTIONS \
  -H 'X-Check: 1' \
  https://api.example.com/echo/options
