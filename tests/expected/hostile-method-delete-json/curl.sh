curl -X DELETE \
  -H 'Content-Type: application/json' \
  --data-raw '{"ids":[1,2,3]}' \
  https://api.example.com/echo/items
