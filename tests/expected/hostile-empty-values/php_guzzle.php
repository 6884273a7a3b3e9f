<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/empty', [
    'query' => [
        'empty' => '',
        'full' => '1',
    ],
    'headers' => [
        'X-Empty' => '',
        'X-Present' => 'yes',
    ],
    'form_params' => [
        'note' => '',
        'name' => 'x',
    ],
]);

echo $response->getBody();
