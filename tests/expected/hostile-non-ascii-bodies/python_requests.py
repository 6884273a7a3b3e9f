import requests

headers = {
    'Content-Type': 'application/json; charset=utf-8',
}

data = '{"latin":"Crème brûlée, Straße, ½ € ©","cjk":"東京 서울","rtl":"שלום مرحبا","combining":"é","emoji":"😋 👩\u200d💻 🇫🇷","astral":"𝄞 𐐷","nbsp":"a\xa0b","bom":"\ufeffx"}'.encode(
    'utf-8'
)

response = requests.put(
    'https://api.example.com/echo/unicode',
    headers=headers,
    data=data,
)
print(response.text)
