import requests

headers = {
    'tenant': '',
}

response = requests.get(
    'http://api.example.com/users',
    headers=headers,
)
print(response.text)
