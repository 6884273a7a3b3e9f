import requests

headers = {
    'Content-Type': 'application/json',
}

data = '{"name":"Bob\'s piano lessons"}'

response = requests.put(
    'http://api.example.com/api/v1/merchants',
    headers=headers,
    data=data,
)
print(response.text)
