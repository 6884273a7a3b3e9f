import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
}
body = 'plus=a%2Bb&amp=a%26b&equals=a%3Db%3D%3D&hash=a%23b&question=a%3Fb&slash=a%2Fb&semicolon=a%3Bb&space=a+b&percent=100%25+%2520+%252B&unicode=caf%C3%A9+%F0%9F%98%8B&quotes=it%27s+%22x%22+%5C&dollar=%24x+%24%7Bx%7D+%60x%60+%23%7Bx%7D&multi=line+1%0D%0Aline+2&repeat=first&name+with+space%26%3D=value&repeat=second'
conn.request('POST', '/echo/form', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
