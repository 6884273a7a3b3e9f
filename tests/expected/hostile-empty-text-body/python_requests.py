import requests

headers = {
    'Content-Type': 'text/plain',
}

data = ''

response = requests.put(
    'https://api.example.com/echo/empty-body',
    headers=headers,
    data=data,
)
print(response.text)
