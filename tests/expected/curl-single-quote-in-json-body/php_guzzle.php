<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->put('http://api.example.com/api/v1/merchants', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"name":"Bob\'s piano lessons"}',
]);

echo $response->getBody();
