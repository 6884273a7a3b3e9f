<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->delete('https://api.example.com/echo/bearer', [
    'headers' => [
        'Authorization' => 'Bearer abc-._~+/XYZ09==',
    ],
]);

echo $response->getBody();
