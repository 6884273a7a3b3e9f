import requests

headers = {
    'Authorization': 'Bearer YourAccessToken',
}

params = {
    'postalCode': '35000',
}

response = requests.get(
    'https://api.orange.com/poi/v1/shops',
    params=params,
    headers=headers,
)
print(response.text)
