import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}

data = {
    'P1': 'A&B',
    'P2': 'A+B',
}

response = requests.post(
    'https://api.example.com/form',
    headers=headers,
    data=data,
)
print(response.text)
