<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'http://api.example.com/path?%24filter=name%20eq%20John&%24top=5');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'GET');
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
