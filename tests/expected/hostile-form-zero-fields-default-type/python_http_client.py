import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = ''
conn.request('PUT', '/echo/empty-form', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
