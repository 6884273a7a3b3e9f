<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('http://api.example.com/path', [
    'query' => [
        '$filter' => 'name eq John',
        '$top' => '5',
    ],
]);

echo $response->getBody();
