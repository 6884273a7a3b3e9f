fetch('http://api.example.com/graphql', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
  body: '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
