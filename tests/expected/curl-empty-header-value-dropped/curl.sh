curl \
  -H 'tenant;' \
  http://api.example.com/users
