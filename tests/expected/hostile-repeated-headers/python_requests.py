import requests

headers = {
    'X-Repeat': 'first, second, third',
    'Accept': 'application/json',
}

response = requests.get(
    'https://api.example.com/echo/repeated-headers',
    headers=headers,
)
print(response.text)
