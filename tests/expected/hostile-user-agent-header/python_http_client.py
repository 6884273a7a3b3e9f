import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'User-Agent': 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")',
}
conn.request('GET', '/echo/user-agent', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
