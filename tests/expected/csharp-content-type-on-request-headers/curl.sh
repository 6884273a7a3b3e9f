curl -X POST \
  -H 'Content-Type: application/json' \
  -H 'Accept-Language: en' \
  --data-raw '{"userName":"someuser","password":"somepassword"}' \
  https://api.example.com/action
