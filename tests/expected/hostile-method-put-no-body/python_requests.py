import requests

response = requests.put(
    'https://api.example.com/echo/flags/on',
)
print(response.text)
