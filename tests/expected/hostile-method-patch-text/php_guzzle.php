<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->patch('https://api.example.com/echo/items/7', [
    'headers' => [
        'Content-Type' => 'application/merge-patch+json',
    ],
    'body' => '{"name":null}',
]);

echo $response->getBody();
