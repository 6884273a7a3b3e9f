curl -X PUT \
  -H 'Content-Type: application/json; charset=utf-8' \
  --data-raw '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}' \
  https://api.example.com/echo/unicode
