import requests

response = requests.get(
    'https://api.example.com/status',
)
print(response.text)
