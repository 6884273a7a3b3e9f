curl -X PUT \
  https://api.example.com/echo/flags/on
