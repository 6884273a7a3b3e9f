import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/basic', {
  headers: {
    'Authorization': 'Basic SsO8cmdlbjpwOmEncyJzIFwgJHggJTQxIPCfmIs=',
  },
});
console.log(await response.text());
