<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('http://api.example.com/resource', [
    'headers' => [
        'If-None-Match' => 'W/"1234"',
    ],
]);

echo $response->getBody();
