<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'http://api.example.com/graphql');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: application/json',
    'Accept: application/json',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}');
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
