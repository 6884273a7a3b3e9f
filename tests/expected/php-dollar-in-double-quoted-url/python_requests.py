import requests

params = {
    '$filter': 'name eq John',
    '$top': '5',
}

response = requests.get(
    'http://api.example.com/path',
    params=params,
)
print(response.text)
