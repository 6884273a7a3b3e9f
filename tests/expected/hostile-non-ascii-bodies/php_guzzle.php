<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->put('https://api.example.com/echo/unicode', [
    'headers' => [
        'Content-Type' => 'application/json; charset=utf-8',
    ],
    'body' => '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩‍💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a b","bom":"﻿x"}',
]);

echo $response->getBody();
