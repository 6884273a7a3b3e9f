import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
}

data = {
    'grant_type': 'client_credentials',
}

response = requests.post(
    'https://api.orange.com/oauth/v3/token',
    headers=headers,
    data=data,
    auth=('YourClientId', 'YourClientSecret'),
)
print(response.text)
