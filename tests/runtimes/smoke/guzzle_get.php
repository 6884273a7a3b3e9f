<?php
// PHP sample: GET with Guzzle. Run it with tests/runtimes/php as the working directory.
// Usage: php guzzle_get.php URL
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', $argv[1], ['headers' => ['Accept' => 'text/html']]);
echo $response->getStatusCode(), "\n";
echo $response->getBody(), "\n";
