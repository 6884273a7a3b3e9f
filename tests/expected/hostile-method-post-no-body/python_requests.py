import requests

response = requests.post(
    'https://api.example.com/echo/jobs/run',
)
print(response.text)
