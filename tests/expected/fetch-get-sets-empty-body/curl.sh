curl \
  https://api.example.com/status
