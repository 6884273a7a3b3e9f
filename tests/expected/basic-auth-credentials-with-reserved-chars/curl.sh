curl \
  -u 'myuser:p$ss#word@^1' \
  https://api.example.com/get
