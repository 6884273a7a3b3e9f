import http.client

conn = http.client.HTTPConnection('api.example.com')
headers = {
    'tenant': '',
}
conn.request('GET', '/users', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
