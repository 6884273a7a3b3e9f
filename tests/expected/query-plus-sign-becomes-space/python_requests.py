import requests

params = {
    'email': 'foo+bar-xyz@example.com',
}

response = requests.get(
    'https://api.example.com/api/customer/login/',
    params=params,
)
print(response.text)
