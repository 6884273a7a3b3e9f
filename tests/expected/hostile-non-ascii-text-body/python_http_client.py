import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'text/markdown',
}
body = '# Café ☕\n\n* naïve — “quoted” 😋\n'.encode('utf-8')
conn.request('POST', '/echo/unicode-text', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
