import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
}
body = '{\r\n\t"message": "line 1\\nline 2\\r\\nend\\t\\"quoted\\" \\\\ \\u0041 \\/",\r\n\t"price": "$5 ${x} `x` #{x} %s"\r\n}\r\n'
conn.request('POST', '/echo/json-text', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
