import requests

response = requests.get(
    'https://api.example.com/get',
    auth=('myuser', 'p$ss#word@^1'),
)
print(response.text)
