const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/basic');
xhr.setRequestHeader('Authorization', 'Basic SsO8cmdlbjpwOmEncyJzIFwgJHggJTQxIPCfmIs=');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
