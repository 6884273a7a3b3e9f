import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'If-Match': '"abc"',
}
conn.request('DELETE', '/echo/items/7', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
