import http.client

conn = http.client.HTTPConnection('api.example.com')
headers = {
    'If-None-Match': 'W/"1234"',
}
conn.request('GET', '/resource', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
