import requests

params = [
    ('env', 'staging'),
    ('env', 'uat'),
]

response = requests.get(
    'https://api.example.com/api/v2/flags/checkout',
    params=params,
)
print(response.text)
