import http.client

conn = http.client.HTTPConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{"name":"Bob\'s piano lessons"}'
conn.request('PUT', '/api/v1/merchants', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
