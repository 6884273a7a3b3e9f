import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/echo/repeated-query?a=1&b=2&a=3&a=')
response = conn.getresponse()
print(response.read().decode('utf-8'))
