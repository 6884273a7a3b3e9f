curl \
  -H 'X-Odd!#$%&'\''*+.^_`|~Name: value' \
  https://api.example.com/echo/header-name
