import requests

headers = {
    'Authorization': 'Bearer abc-._~+/XYZ09==',
}

response = requests.delete(
    'https://api.example.com/echo/bearer',
    headers=headers,
)
print(response.text)
