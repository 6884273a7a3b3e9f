curl -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'P1=A&B' \
  --data-urlencode P2=A+B \
  https://api.example.com/form
