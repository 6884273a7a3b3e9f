import http.client

conn = http.client.HTTPSConnection('api.orange.com')
headers = {
    'Authorization': 'Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=',
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
}
body = 'grant_type=client_credentials'
conn.request('POST', '/oauth/v3/token', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
