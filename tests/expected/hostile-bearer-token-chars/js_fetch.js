fetch('https://api.example.com/echo/bearer', {
  method: 'DELETE',
  headers: {
    'Authorization': 'Bearer abc-._~+/XYZ09==',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
