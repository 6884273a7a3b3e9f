<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->request('OPTIONS', 'https://api.example.com/echo/options', [
    'headers' => [
        'X-Check' => '1',
    ],
]);

echo $response->getBody();
