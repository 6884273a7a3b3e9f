import requests

headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}

data = {}

response = requests.post(
    'https://api.example.com/jobs/42/trigger',
    headers=headers,
    data=data,
)
print(response.text)
