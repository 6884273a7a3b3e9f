import requests

headers = {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
}

response = requests.get(
    'https://api.example.com/echo/user-agent',
    headers=headers,
)
print(response.text)
