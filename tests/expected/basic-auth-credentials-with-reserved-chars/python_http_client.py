import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Authorization': 'Basic bXl1c2VyOnAkc3Mjd29yZEBeMQ==',
}
conn.request('GET', '/get', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
