<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('http://api.example.com/url-encoded', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'form_params' => [
        '$filter' => 'my&value = 1',
    ],
]);

echo $response->getBody();
