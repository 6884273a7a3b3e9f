curl -X POST \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  --data-raw '{"query":"{\r\n  findScenes(scene_filter: {is_missing: \"performers\"}) {\r\n    count\r\n  }\r\n}","variables":{}}' \
  http://api.example.com/graphql
