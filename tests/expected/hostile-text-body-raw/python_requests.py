import requests

headers = {
    'Content-Type': 'text/plain; charset=utf-8',
}

data = 'first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a\u2028b\n'.encode(
    'utf-8'
)

response = requests.post(
    'https://api.example.com/echo/text',
    headers=headers,
    data=data,
)
print(response.text)
