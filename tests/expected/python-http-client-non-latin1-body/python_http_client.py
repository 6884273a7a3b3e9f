import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'text/plain; charset=utf-8',
}
body = '😋'.encode('utf-8')
conn.request('POST', '/echo', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
