curl \
  -H 'X-Repeat: first' \
  -H 'Accept: application/json' \
  -H 'X-Repeat: second' \
  -H 'x-repeat: third' \
  https://api.example.com/echo/repeated-headers
