import requests

headers = {
    'Content-Type': 'text/markdown',
}

data = '# Café ☕\n\n* naïve — “quoted” 😋\n'.encode('utf-8')

response = requests.post(
    'https://api.example.com/echo/unicode-text',
    headers=headers,
    data=data,
)
print(response.text)
