<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/api/v2/flags/checkout?env=staging&env=uat');

echo $response->getBody();
