import requests

headers = {
    'X-Single-Quote': "it's",
    'X-Double-Quote': 'say "hi"',
    'X-Backslash': 'C:\\temp\\new \\\\ \\',
    'X-Dollar': '$HOME ${x} {$x} $(id) $$',
    'X-Backtick': '`id`',
    'X-Ruby': '#{x} #$x',
    'X-Percent': '%s %d %% %25 %2B %0D%0A',
    'X-Braces': '{{ }} {% raw %} {0}',
    'X-Tab': 'a\tb',
    'X-List': 'a, b; c=d',
    'X-Html': '</script><!--',
}

response = requests.get(
    'https://api.example.com/echo/header-values',
    headers=headers,
)
print(response.text)
