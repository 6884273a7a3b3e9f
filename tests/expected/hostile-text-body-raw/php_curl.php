<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/echo/text');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: text/plain; charset=utf-8',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, "first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n\$HOME \${x} `id` \$(id) #{x} %s %% %0A {{ }} </script> a\xe2\x80\xa8b\n");
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
