const data = 'first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} \x3C/script> a\u2028b\n';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/text');
xhr.setRequestHeader('Content-Type', 'text/plain; charset=utf-8');
xhr.onload = () => {
  console.log(xhr.responseText);
};
// Sent as a Blob because, for a string or form body, the browser rewrites the Content-Type charset to UTF-8.
xhr.send(new Blob([data]));
