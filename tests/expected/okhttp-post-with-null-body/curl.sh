curl -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw '' \
  https://api.example.com/jobs/42/trigger
