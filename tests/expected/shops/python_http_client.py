import http.client

conn = http.client.HTTPSConnection('api.orange.com')
headers = {
    'Authorization': 'Bearer YourAccessToken',
}
conn.request('GET', '/poi/v1/shops?postalCode=35000', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
