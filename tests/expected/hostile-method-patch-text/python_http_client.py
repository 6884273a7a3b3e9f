import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/merge-patch+json',
}
body = '{"name":null}'
conn.request('PATCH', '/echo/items/7', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
