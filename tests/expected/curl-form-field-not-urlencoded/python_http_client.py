import http.client

conn = http.client.HTTPConnection('api.example.com')
headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = '%24filter=my%26value+%3D+1'
conn.request('POST', '/url-encoded', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
