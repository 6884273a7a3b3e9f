curl \
  https://api.example.com/echo/a%20b/caf%C3%A9/100%25
