curl \
  -u 'Jürgen:p:a'\''s"s \ $x %41 😋' \
  https://api.example.com/echo/basic
