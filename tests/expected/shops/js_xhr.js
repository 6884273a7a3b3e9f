const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.orange.com/poi/v1/shops?postalCode=35000');
xhr.setRequestHeader('Authorization', 'Bearer YourAccessToken');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
