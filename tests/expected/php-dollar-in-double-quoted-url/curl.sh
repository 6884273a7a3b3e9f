curl \
  'http://api.example.com/path?%24filter=name%20eq%20John&%24top=5'
