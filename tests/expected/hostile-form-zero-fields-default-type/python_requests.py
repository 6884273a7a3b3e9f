import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}

data = {}

response = requests.put(
    'https://api.example.com/echo/empty-form',
    headers=headers,
    data=data,
)
print(response.text)
