import fetch from 'node-fetch';

const response = await fetch('http://api.example.com/path?%24filter=name%20eq%20John&%24top=5');
console.log(await response.text());
