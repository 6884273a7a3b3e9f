import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Authorization': 'Bearer abc-._~+/XYZ09==',
}
conn.request('DELETE', '/echo/bearer', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
