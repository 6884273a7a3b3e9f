curl -X POST \
  -H 'X-Empty;' \
  -H 'X-Present: yes' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode note= \
  --data-urlencode name=x \
  'https://api.example.com/echo/empty?empty=&full=1'
