<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/vnd', [
    'headers' => [
        'Accept' => 'application/vnd.api+json',
        'Content-Type' => 'application/vnd.api+json; charset=utf-8',
    ],
    'body' => '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}',
]);

echo $response->getBody();
