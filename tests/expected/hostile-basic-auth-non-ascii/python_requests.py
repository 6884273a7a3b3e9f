import requests

response = requests.get(
    'https://api.example.com/echo/basic',
    auth=('Jürgen'.encode('utf-8'), 'p:a\'s"s \\ $x %41 😋'.encode('utf-8')),
)
print(response.text)
