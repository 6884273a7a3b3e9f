const data = '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}';

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/echo/unicode');
xhr.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
xhr.onload = () => {
  console.log(xhr.responseText);
};
// Sent as a Blob because, for a string or form body, the browser rewrites the Content-Type charset to UTF-8.
xhr.send(new Blob([data]));
