const data = '{"query":"{\\r\\n  findScenes(scene_filter: {is_missing: \\"performers\\"}) {\\r\\n    count\\r\\n  }\\r\\n}","variables":{}}';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'http://api.example.com/graphql');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.setRequestHeader('Accept', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
