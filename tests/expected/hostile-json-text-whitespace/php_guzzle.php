<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/json-text', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => "{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"\$5 \${x} `x` #{x} %s\"\r\n}\r\n",
]);

echo $response->getBody();
