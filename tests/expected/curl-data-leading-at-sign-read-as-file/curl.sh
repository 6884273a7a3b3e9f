curl -X POST \
  -H 'Content-Type: text/plain' \
  --data-raw '@team standup moved to 10:00' \
  https://api.example.com/messages
