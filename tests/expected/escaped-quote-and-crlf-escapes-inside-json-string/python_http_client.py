import http.client

conn = http.client.HTTPConnection('api.example.com')
headers = {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
}
body = '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}'
conn.request('POST', '/graphql', body, headers=headers)
response = conn.getresponse()
print(response.read().decode('utf-8'))
