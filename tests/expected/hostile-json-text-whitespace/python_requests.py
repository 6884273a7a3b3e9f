import requests

headers = {
    'Content-Type': 'application/json',
}

data = '{\r\n\t"message": "line 1\\nline 2\\r\\nend\\t\\"quoted\\" \\\\ \\u0041 \\/",\r\n\t"price": "$5 ${x} `x` #{x} %s"\r\n}\r\n'

response = requests.post(
    'https://api.example.com/echo/json-text',
    headers=headers,
    data=data,
)
print(response.text)
