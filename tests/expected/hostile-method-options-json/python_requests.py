import requests

headers = {
    'Content-Type': 'application/json',
}

data = '{"probe":true}'

response = requests.options(
    'https://api.example.com/echo/options-body',
    headers=headers,
    data=data,
)
print(response.text)
