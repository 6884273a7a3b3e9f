import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'text/plain',
}
body = '@team standup moved to 10:00'
conn.request('POST', '/messages', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
