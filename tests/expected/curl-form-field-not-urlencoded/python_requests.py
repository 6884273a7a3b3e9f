import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}

data = {
    '$filter': 'my&value = 1',
}

response = requests.post(
    'http://api.example.com/url-encoded',
    headers=headers,
    data=data,
)
print(response.text)
