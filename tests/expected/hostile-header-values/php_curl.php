<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/echo/header-values');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'GET');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'X-Single-Quote: it\'s',
    'X-Double-Quote: say "hi"',
    'X-Backslash: C:\\temp\\new \\\\ \\',
    'X-Dollar: $HOME ${x} {$x} $(id) $$',
    'X-Backtick: `id`',
    'X-Ruby: #{x} #$x',
    'X-Percent: %s %d %% %25 %2B %0D%0A',
    'X-Braces: {{ }} {% raw %} {0}',
    "X-Tab: a\tb",
    'X-List: a, b; c=d',
    'X-Html: </script><!--',
]);
$response = curl_exec($ch);
if ($response === false) {
    throw new RuntimeException(curl_error($ch));
}
echo $response;
