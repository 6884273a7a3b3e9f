import requests

headers = {
    "X-Odd!#$%&'*+.^_`|~Name": 'value',
}

response = requests.get(
    'https://api.example.com/echo/header-name',
    headers=headers,
)
print(response.text)
