import requests

params = [
    ('a', '1'),
    ('b', '2'),
    ('a', '3'),
    ('a', ''),
]

response = requests.get(
    'https://api.example.com/echo/repeated-query',
    params=params,
)
print(response.text)
