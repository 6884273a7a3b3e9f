import requests

headers = {
    'X-Empty': '',
    'X-Present': 'yes',
    'Content-Type': 'application/x-www-form-urlencoded',
}

params = {
    'empty': '',
    'full': '1',
}

data = {
    'note': '',
    'name': 'x',
}

response = requests.post(
    'https://api.example.com/echo/empty',
    params=params,
    headers=headers,
    data=data,
)
print(response.text)
