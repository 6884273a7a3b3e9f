<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/echo/unicode');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'PUT');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: application/json; charset=utf-8',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}');
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
