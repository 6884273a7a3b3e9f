curl \
  -H 'X-Single-Quote: it'\''s' \
  -H 'X-Double-Quote: say "hi"' \
  -H 'X-Backslash: C:\temp\new \\ \' \
  -H 'X-Dollar: $HOME ${x} {$x} $(id) $$' \
  -H 'X-Backtick: `id`' \
  -H 'X-Ruby: #{x} #$x' \
  -H 'X-Percent: %s %d %% %25 %2B %0D%0A' \
  -H 'X-Braces: {{ }} {% raw %} {0}' \
  -H 'X-Tab: a	b' \
  -H 'X-List: a, b; c=d' \
  -H 'X-Html: </script><!--' \
  https://api.example.com/echo/header-values
