import requests

headers = {
    'Content-Type': 'text/plain; charset=utf-8',
}

data = '😋'.encode('utf-8')

response = requests.post(
    'https://api.example.com/echo',
    headers=headers,
    data=data,
)
print(response.text)
