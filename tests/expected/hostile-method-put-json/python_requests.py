import requests

headers = {
    'Content-Type': 'application/json',
}

data = '{"name":"it\'s $7","tags":["a","b"]}'

response = requests.put(
    'https://api.example.com/echo/items/7',
    headers=headers,
    data=data,
)
print(response.text)
