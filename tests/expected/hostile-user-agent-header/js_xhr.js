const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/user-agent');
xhr.setRequestHeader('User-Agent', 'snippetgen-test/1.0 (+https://example.com/bot; it\'s "ok")');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
