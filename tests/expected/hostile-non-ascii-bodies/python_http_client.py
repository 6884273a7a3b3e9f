import http.client

conn = http.client.HTTPSConnection('api.example.com')
headers = {
    'Content-Type': 'application/json; charset=utf-8',
}
body = '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩\u200d💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a\xa0b","bom":"\ufeffx"}'.encode(
    'utf-8'
)
conn.request('PUT', '/echo/unicode', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
