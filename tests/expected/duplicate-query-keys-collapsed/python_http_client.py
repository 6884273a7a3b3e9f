import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/api/v2/flags/checkout?env=staging&env=uat')
response = conn.getresponse()
print(response.read().decode('utf-8'))
