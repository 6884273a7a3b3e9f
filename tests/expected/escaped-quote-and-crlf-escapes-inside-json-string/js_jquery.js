$.ajax({
  url: 'http://api.example.com/graphql',
  method: 'POST',
  headers: {
    'Accept': 'application/json',
  },
  contentType: 'application/json',
  data: '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}',
  dataType: 'text',
}).done((response) => {
  console.log(response);
});
