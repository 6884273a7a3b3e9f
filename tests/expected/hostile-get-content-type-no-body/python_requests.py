import requests

headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
}

response = requests.get(
    'https://api.example.com/echo/get-content-type',
    headers=headers,
)
print(response.text)
