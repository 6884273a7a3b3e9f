<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/echo/form');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: application/x-www-form-urlencoded',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, 'plus=a%2Bb&amp=a%26b&equals=a%3Db%3D%3D&hash=a%23b&question=a%3Fb&slash=a%2Fb&semicolon=a%3Bb&space=a+b&percent=100%25+%2520+%252B&unicode=caf%C3%A9+%F0%9F%98%8B&quotes=it%27s+%22x%22+%5C&dollar=%24x+%24%7Bx%7D+%60x%60+%23%7Bx%7D&multi=line+1%0D%0Aline+2&repeat=first&name+with+space%26%3D=value&repeat=second');
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
