<?php
require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();
$response = $client->get('https://api.example.com/echo/query', [
    'query' => [
        'plus' => 'a+b',
        'amp' => 'a&b',
        'equals' => 'a=b==',
        'hash' => 'a#b',
        'question' => 'a?b',
        'slash' => 'a/b',
        'semicolon' => 'a;b',
        'space' => 'a b',
        'percent' => '100% %20 %2B %zz',
        'unicode' => 'café 😋',
        'quotes' => 'it\'s "x"',
        'dollar' => '$x ${x} `x`',
        'name with space&=' => 'value',
        'filter[]' => '1',
    ],
]);

echo $response->getBody();
