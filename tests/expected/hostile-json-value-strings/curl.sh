curl -X POST \
  -H 'Content-Type: application/json' \
  --data-raw '{"single":"it'\''s","double":"say \"hi\"","backslash":"C:\\temp\\new\\x41\\u0041\\\\","dollar":"$HOME $name ${x} {$x} $(id) $$","backtick":"`id` ${`x`}","ruby":"#{x} #$x #@x","percent":"%s %d %n %% %25 %2B %0A %u0041","braces":"{{ }} {% raw %} {# note #} {0} {}","html":"</script><!-- <script>","newline":"line 1\nline 2","crlf":"line 1\r\nline 2\r\n","tab":"a\tb","separators":"a b c","empty":"","nested":["\"","'\''","\\","\n","$","`"]}' \
  https://api.example.com/echo/json-value
