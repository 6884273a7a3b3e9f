<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/basic-empty', [
    'auth' => ['sk_test_123', ''],
    'form_params' => [
        'amount' => '100',
    ],
]);

echo $response->getBody();
