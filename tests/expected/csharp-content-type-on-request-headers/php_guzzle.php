<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/action', [
    'headers' => [
        'Content-Type' => 'application/json',
        'Accept-Language' => 'en',
    ],
    'body' => '{"userName":"someuser","password":"somepassword"}',
]);

echo $response->getBody();
