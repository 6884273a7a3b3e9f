import fetch from 'node-fetch';

const response = await fetch('https://api.example.com/echo/form', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['plus', 'a+b'],
    ['amp', 'a&b'],
    ['equals', 'a=b=='],
    ['hash', 'a#b'],
    ['question', 'a?b'],
    ['slash', 'a/b'],
    ['semicolon', 'a;b'],
    ['space', 'a b'],
    ['percent', '100% %20 %2B'],
    ['unicode', 'café 😋'],
    ['quotes', 'it\'s "x" \\'],
    ['dollar', '$x ${x} `x` #{x}'],
    ['multi', 'line 1\r\nline 2'],
    ['repeat', 'first'],
    ['name with space&=', 'value'],
    ['repeat', 'second'],
  ]),
});
console.log(await response.text());
