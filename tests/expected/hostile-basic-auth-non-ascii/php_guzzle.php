<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/basic', [
    'auth' => ['Jürgen', 'p:a\'s"s \\ $x %41 😋'],
]);

echo $response->getBody();
