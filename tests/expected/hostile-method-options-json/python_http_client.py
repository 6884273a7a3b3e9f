import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{"probe":true}'
conn.request('OPTIONS', '/echo/options-body', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
