import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{"ids":[1,2,3]}'
conn.request('DELETE', '/echo/items', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
