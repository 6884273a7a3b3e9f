<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('http://api.example.com/users', [
    'headers' => [
        'tenant' => '',
    ],
]);

echo $response->getBody();
