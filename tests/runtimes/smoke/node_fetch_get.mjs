// Node.js sample: GET with node-fetch 3 (ESM only). Usage: node node_fetch_get.mjs URL
import fetch from 'node-fetch';

const response = await fetch(process.argv[2], { headers: { Accept: 'text/html' } });
console.log(response.status);
console.log(await response.text());
