import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'text/plain; charset=utf-8',
}
body = 'first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a\u2028b\n'.encode(
    'utf-8'
)
conn.request('POST', '/echo/text', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
