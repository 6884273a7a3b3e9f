curl -X POST \
  -H 'Content-Type: application/json' \
  --data-raw '{
	"message": "line 1\nline 2\r\nend\t\"quoted\" \\ \u0041 \/",
	"price": "$5 ${x} `x` #{x} %s"
}
' \
  https://api.example.com/echo/json-text
