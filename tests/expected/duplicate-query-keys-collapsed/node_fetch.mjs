import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/api/v2/flags/checkout?env=staging&env=uat');
console.log(await response.text());
