import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('POST', '/echo/jobs/run')
response = conn.getresponse()
print(response.read().decode('utf-8'))
