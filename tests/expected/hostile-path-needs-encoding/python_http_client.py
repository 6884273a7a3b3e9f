import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/echo/a%20b/caf%C3%A9/100%25')
response = conn.getresponse()
print(response.read().decode('utf-8'))
