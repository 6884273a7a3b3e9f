import requests

headers = {
    'Content-Type': 'application/json',
    'Accept-Language': 'en',
}

data = '{"userName":"someuser","password":"somepassword"}'

response = requests.post(
    'https://api.example.com/action',
    headers=headers,
    data=data,
)
print(response.text)
