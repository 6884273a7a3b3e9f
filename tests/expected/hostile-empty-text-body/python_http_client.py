import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'text/plain',
}
body = ''
conn.request('PUT', '/echo/empty-body', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
