import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/api/customer/login/?email=foo%2Bbar-xyz%40example.com')
response = conn.getresponse()
print(response.read().decode('utf-8'))
