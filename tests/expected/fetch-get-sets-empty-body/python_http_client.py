import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/status')
response = conn.getresponse()
print(response.read().decode('utf-8'))
