curl -X PUT \
  -H 'Content-Type: application/json' \
  --data-raw '{"name":"it'\''s $7","tags":["a","b"]}' \
  https://api.example.com/echo/items/7
