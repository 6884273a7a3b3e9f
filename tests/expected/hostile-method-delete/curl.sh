curl -X DELETE \
  -H 'If-Match: "abc"' \
  https://api.example.com/echo/items/7
