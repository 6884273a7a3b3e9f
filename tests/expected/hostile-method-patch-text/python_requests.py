import requests

headers = {
    'Content-Type': 'application/merge-patch+json',
}

data = '{"name":null}'

response = requests.patch(
    'https://api.example.com/echo/items/7',
    headers=headers,
    data=data,
)
print(response.text)
