import http.client

conn = http.client.HTTPSConnection('api.example.com')
conn.request('GET', '/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z')
response = conn.getresponse()
print(response.read().decode('utf-8'))
