curl -X POST \
  -H 'Content-Type: text/markdown' \
  --data-raw '# Café ☕

* naïve — “quoted” 😋
' \
  https://api.example.com/echo/unicode-text
