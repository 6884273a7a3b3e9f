curl -X DELETE \
  -H 'Authorization: Bearer abc-._~+/XYZ09==' \
  https://api.example.com/echo/bearer
