curl --head \
  -H 'X-Check: 1' \
  'https://api.example.com/echo/head?q=a%20b'
