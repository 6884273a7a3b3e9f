<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->post('https://api.example.com/echo/text', [
    'headers' => [
        'Content-Type' => 'text/plain; charset=utf-8',
    ],
    'body' => "first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n\$HOME \${x} `id` \$(id) #{x} %s %% %0A {{ }} </script> a\xe2\x80\xa8b\n",
]);

echo $response->getBody();
