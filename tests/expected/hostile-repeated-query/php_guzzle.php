<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=');

echo $response->getBody();
