curl \
  -H 'User-Agent: snippetgen-test/1.0 (+https://example.com/bot; it'\''s "ok")' \
  https://api.example.com/echo/user-agent
