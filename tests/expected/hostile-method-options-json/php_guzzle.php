<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->request('OPTIONS', 'https://api.example.com/echo/options-body', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"probe":true}',
]);

echo $response->getBody();
