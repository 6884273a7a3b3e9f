$.ajax({
  url: 'https://api.example.com/echo/unicode',
  method: 'PUT',
  contentType: 'application/json; charset=utf-8',
  // Sent as a Blob because, for a string body, the browser rewrites the contentType charset to
  // UTF-8. processData: false passes the Blob on unchanged.
  data: new Blob(['{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}']),
  processData: false,
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
