import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'X-Empty': '',
    'X-Present': 'yes',
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = 'note=&name=x'
conn.request('POST', '/echo/empty?empty=&full=1', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
