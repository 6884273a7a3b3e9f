<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo', [
    'headers' => [
        'Content-Type' => 'text/plain; charset=utf-8',
    ],
    'body' => '😋',
]);

echo $response->getBody();
