curl -X POST \
  -H 'Accept: application/vnd.api+json' \
  -H 'Content-Type: application/vnd.api+json; charset=utf-8' \
  --data-raw '{"data":{"type":"items","attributes":{"na\"me":"x"}}}' \
  https://api.example.com/echo/vnd
