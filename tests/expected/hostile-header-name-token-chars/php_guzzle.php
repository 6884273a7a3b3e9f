<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/header-name', [
    'headers' => [
        'X-Odd!#$%&\'*+.^_`|~Name' => 'value',
    ],
]);

echo $response->getBody();
