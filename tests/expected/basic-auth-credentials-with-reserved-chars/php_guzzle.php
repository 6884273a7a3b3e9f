<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/get', [
    'auth' => ['myuser', 'p$ss#word@^1'],
]);

echo $response->getBody();
