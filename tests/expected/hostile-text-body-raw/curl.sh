curl -X POST \
  -H 'Content-Type: text/plain; charset=utf-8' \
  --data-raw 'first line
second	line  
it'\''s "quoted" \ \\ \n
$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a b
' \
  https://api.example.com/echo/text
