<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/jobs/run');

echo $response->getBody();
