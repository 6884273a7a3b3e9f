import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Accept': 'application/vnd.api+json',
    'Content-Type': 'application/vnd.api+json; charset=utf-8',
}
body = '{"data":{"type":"items","attributes":{"na\\"me":"x"}}}'
conn.request('POST', '/echo/vnd', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
