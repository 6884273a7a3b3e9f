curl -X PUT \
  -H 'Content-Type: application/json' \
  --data-raw '{"name":"Bob'\''s piano lessons"}' \
  http://api.example.com/api/v1/merchants
