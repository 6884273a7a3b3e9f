<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/unicode-text', [
    'headers' => [
        'Content-Type' => 'text/markdown',
    ],
    'body' => "# Café ☕\n\n* naïve — “quoted” 😋\n",
]);

echo $response->getBody();
