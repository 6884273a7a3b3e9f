curl -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode plus=a+b \
  --data-urlencode 'amp=a&b' \
  --data-urlencode equals=a=b== \
  --data-urlencode 'hash=a#b' \
  --data-urlencode 'question=a?b' \
  --data-urlencode slash=a/b \
  --data-urlencode 'semicolon=a;b' \
  --data-urlencode 'space=a b' \
  --data-urlencode 'percent=100% %20 %2B' \
  --data-urlencode 'unicode=café 😋' \
  --data-urlencode 'quotes=it'\''s "x" \' \
  --data-urlencode 'dollar=$x ${x} `x` #{x}' \
  --data-urlencode 'multi=line 1
line 2' \
  --data-urlencode repeat=first \
  --data-urlencode name+with+space%26%3D=value \
  --data-urlencode repeat=second \
  https://api.example.com/echo/form
