import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = 'P1=A%26B&P2=A%2BB'
conn.request('POST', '/form', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
