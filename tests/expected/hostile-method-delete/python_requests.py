import requests

headers = {
    'If-Match': '"abc"',
}

response = requests.delete(
    'https://api.example.com/echo/items/7',
    headers=headers,
)
print(response.text)
