<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->put('https://api.example.com/echo/items/7', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"name":"it\'s $7","tags":["a","b"]}',
]);

echo $response->getBody();
