import requests

headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
}

data = '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}'

response = requests.post(
    'http://api.example.com/graphql',
    headers=headers,
    data=data,
)
print(response.text)
