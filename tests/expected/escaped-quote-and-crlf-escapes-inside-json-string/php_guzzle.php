<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('http://api.example.com/graphql', [
    'headers' => [
        'Content-Type' => 'application/json',
        'Accept' => 'application/json',
    ],
    'body' => '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}',
]);

echo $response->getBody();
