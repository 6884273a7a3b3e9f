$.ajax({
  url: 'https://api.example.com/echo/unicode-text',
  method: 'POST',
  contentType: 'text/markdown',
  data: '# Café ☕\n\n* naïve — “quoted” 😋\n',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
