<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/messages', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => '@team standup moved to 10:00',
]);

echo $response->getBody();
