import requests

headers = {
    'X-Check': '1',
}

response = requests.options(
    'https://api.example.com/echo/options',
    headers=headers,
)
print(response.text)
