<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/user-agent', [
    'headers' => [
        'User-Agent' => 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
    ],
]);

echo $response->getBody();
