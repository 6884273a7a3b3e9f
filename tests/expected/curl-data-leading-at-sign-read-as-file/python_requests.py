import requests

headers = {
    'Content-Type': 'text/plain',
}

data = '@team standup moved to 10:00'

response = requests.post(
    'https://api.example.com/messages',
    headers=headers,
    data=data,
)
print(response.text)
