import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{"single":"it\'s","double":"say \\"hi\\"","backslash":"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\","dollar":"$HOME $name ${x} {$x} $(id) $$","backtick":"`id` ${`x`}","ruby":"#{x} #$x #@x","percent":"%s %d %n %% %25 %2B %0A %u0041","braces":"{{ }} {% raw %} {# note #} {0} {}","html":"</script><!-- <script>","newline":"line 1\\nline 2","crlf":"line 1\\r\\nline 2\\r\\n","tab":"a\\tb","separators":"a\u2028b\u2029c","empty":"","nested":["\\"","\'","\\\\","\\n","$","`"]}'.encode(
    'utf-8'
)
conn.request('POST', '/echo/json-value', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
