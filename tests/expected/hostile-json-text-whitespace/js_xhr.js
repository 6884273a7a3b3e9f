const data = '{\r\n\t"message": "line 1\\nline 2\\r\\nend\\t\\"quoted\\" \\\\ \\u0041 \\/",\r\n\t"price": "$5 ${x} `x` #{x} %s"\r\n}\r\n';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/json-text');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
