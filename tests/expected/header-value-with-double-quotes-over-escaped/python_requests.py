import requests

headers = {
    'If-None-Match': 'W/"1234"',
}

response = requests.get(
    'http://api.example.com/resource',
    headers=headers,
)
print(response.text)
