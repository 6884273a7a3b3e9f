import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{"name":"it\'s $7","tags":["a","b"]}'
conn.request('PUT', '/echo/items/7', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
