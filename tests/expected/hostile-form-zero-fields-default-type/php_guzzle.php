<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->put('https://api.example.com/echo/empty-form', [
    'form_params' => [],
]);

echo $response->getBody();
