<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->head('https://api.example.com/echo/head', [
    'query' => [
        'q' => 'a b',
    ],
    'headers' => [
        'X-Check' => '1',
    ],
]);

echo $response->getBody();
