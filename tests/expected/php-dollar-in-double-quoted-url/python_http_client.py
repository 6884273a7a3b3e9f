import http.client

conn = http.client.HTTPConnection('api.example.com')
conn.request('GET', '/path?%24filter=name%20eq%20John&%24top=5')
response = conn.getresponse()
print(response.read().decode('utf-8'))
