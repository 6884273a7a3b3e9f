import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = ''
conn.request('POST', '/jobs/42/trigger', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
