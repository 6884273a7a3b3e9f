<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->put('https://api.example.com/echo/empty-body', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => '',
]);

echo $response->getBody();
