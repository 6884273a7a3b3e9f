<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/api/customer/login/', [
    'query' => [
        'email' => 'foo+bar-xyz@example.com',
    ],
]);

echo $response->getBody();
