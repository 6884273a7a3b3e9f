import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
    'Accept-Language': 'en',
}
body = '{"userName":"someuser","password":"somepassword"}'
conn.request('POST', '/action', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
