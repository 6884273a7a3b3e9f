import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'X-Repeat': 'first, second, third',
    'Accept': 'application/json',
}
conn.request('GET', '/echo/repeated-headers', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
