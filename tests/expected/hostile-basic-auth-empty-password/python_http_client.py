import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Authorization': 'Basic c2tfdGVzdF8xMjM6',
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = 'amount=100'
conn.request('POST', '/echo/basic-empty', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
