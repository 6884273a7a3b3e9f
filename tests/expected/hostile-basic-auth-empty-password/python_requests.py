import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}

data = {
    'amount': '100',
}

response = requests.post(
    'https://api.example.com/echo/basic-empty',
    headers=headers,
    data=data,
    auth=('sk_test_123', ''),
)
print(response.text)
