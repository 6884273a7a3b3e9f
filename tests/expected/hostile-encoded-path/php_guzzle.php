<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z');

echo $response->getBody();
