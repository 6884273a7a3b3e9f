import requests

headers = {
    'Accept': 'application/vnd.api+json',
    'Content-Type': 'application/vnd.api+json; charset=utf-8',
}

data = '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}'

response = requests.post(
    'https://api.example.com/echo/vnd',
    headers=headers,
    data=data,
)
print(response.text)
