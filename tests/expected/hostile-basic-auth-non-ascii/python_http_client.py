import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Authorization': 'Basic SsO8cmdlbjpwOmEncyJzIFwgJHggJTQxIPCfmIs=',
}
conn.request('GET', '/echo/basic', headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
