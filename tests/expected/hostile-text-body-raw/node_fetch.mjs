import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/text', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  body: 'first line\r\nsecond\tline  \nit\'s "quoted" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} \x3C/script> a\u2028b\n',
});
console.log(await response.text());
