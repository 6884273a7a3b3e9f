<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->delete('https://api.example.com/echo/items', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"ids":[1,2,3]}',
]);

echo $response->getBody();
