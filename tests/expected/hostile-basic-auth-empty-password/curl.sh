curl -X POST \
  -u sk_test_123: \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode amount=100 \
  https://api.example.com/echo/basic-empty
