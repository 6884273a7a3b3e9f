<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->delete('https://api.example.com/echo/items/7', [
    'headers' => [
        'If-Match' => '"abc"',
    ],
]);

echo $response->getBody();
