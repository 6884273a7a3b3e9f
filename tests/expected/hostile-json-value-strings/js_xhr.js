const data = '{"single":"it\'s","double":"say \\"hi\\"","backslash":"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\","dollar":"$HOME $name ${x} {$x} $(id) $$","backtick":"`id` ${`x`}","ruby":"#{x} #$x #@x","percent":"%s %d %n %% %25 %2B %0A %u0041","braces":"{{ }} {% raw %} {# note #} {0} {}","html":"\x3C/script>\x3C!-- \x3Cscript>","newline":"line 1\\nline 2","crlf":"line 1\\r\\nline 2\\r\\n","tab":"a\\tb","separators":"a\u2028b\u2029c","empty":"","nested":["\\"","\'","\\\\","\\n","$","`"]}';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/echo/json-value');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send(data);
