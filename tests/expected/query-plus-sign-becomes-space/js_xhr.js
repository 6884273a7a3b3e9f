const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/api/customer/login/?email=foo%2Bbar-xyz%40example.com');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
