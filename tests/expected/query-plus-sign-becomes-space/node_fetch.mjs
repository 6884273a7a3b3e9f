import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/api/customer/login/?email=foo%2Bbar-xyz%40example.com');
console.log(await response.text());
