curl -X POST \
  -H 'Content-Type: text/plain; charset=utf-8' \
  --data-raw '😋' \
  https://api.example.com/echo
