<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.orange.com/poi/v1/shops', [
    'query' => [
        'postalCode' => '35000',
    ],
    'headers' => [
        'Authorization' => 'Bearer YourAccessToken',
    ],
]);

echo $response->getBody();
