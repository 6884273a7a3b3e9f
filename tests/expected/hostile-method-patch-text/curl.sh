curl -X PATCH \
  -H 'Content-Type: application/merge-patch+json' \
  --data-raw '{"name":null}' \
  https://api.example.com/echo/items/7
