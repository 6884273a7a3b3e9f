<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/repeated-headers', [
    'headers' => [
        'X-Repeat' => ['first', 'second', 'third'],
        'Accept' => 'application/json',
    ],
]);

echo $response->getBody();
