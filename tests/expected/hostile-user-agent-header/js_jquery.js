$.ajax({
  url: 'https://api.example.com/echo/user-agent',
  headers: {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
  },
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
