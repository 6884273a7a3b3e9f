import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
}
conn.request('GET', '/echo/get-content-type', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
