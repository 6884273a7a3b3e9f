<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/a%20b/caf%C3%A9/100%25');

echo $response->getBody();
