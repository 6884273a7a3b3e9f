<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.orange.com/oauth/v3/token', [
    'auth' => ['YourClientId', 'YourClientSecret'],
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
        'Accept' => 'application/json',
    ],
    'form_params' => [
        'grant_type' => 'client_credentials',
    ],
]);

echo $response->getBody();
