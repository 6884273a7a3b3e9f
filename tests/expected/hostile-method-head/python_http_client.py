import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'X-Check': '1',
}
conn.request('HEAD', '/echo/head?q=a%20b', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
