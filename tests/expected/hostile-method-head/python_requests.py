import requests

headers = {
    'X-Check': '1',
}

params = {
    'q': 'a b',
}

response = requests.head(
    'https://api.example.com/echo/head',
    params=params,
    headers=headers,
)
print(response.text)
