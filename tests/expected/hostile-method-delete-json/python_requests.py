import requests

headers = {
    'Content-Type': 'application/json',
}

data = '{"ids":[1,2,3]}'

response = requests.delete(
    'https://api.example.com/echo/items',
    headers=headers,
    data=data,
)
print(response.text)
