const data = new URLSearchParams([
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
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/form');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
