const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/api/v2/flags/checkout?env=staging&env=uat');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
