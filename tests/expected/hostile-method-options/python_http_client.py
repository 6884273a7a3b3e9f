import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'X-Check': '1',
}
conn.request('OPTIONS', '/echo/options', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
