import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('PUT', '/echo/flags/on')
response = conn.getresponse()
print(response.read().decode('utf-8'))
