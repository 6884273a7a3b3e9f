import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    "X-Odd!#$%&'*+.^_`|~Name": 'value',
}
conn.request('GET', '/echo/header-name', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
