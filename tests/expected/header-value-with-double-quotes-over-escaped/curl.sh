curl \
  -H 'If-None-Match: W/"1234"' \
  http://api.example.com/resource
