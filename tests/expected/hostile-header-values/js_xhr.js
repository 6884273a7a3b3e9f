const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/echo/header-values');
xhr.setRequestHeader('X-Single-Quote', 'it\'s');
xhr.setRequestHeader('X-Double-Quote', 'say "hi"');
xhr.setRequestHeader('X-Backslash', 'C:\\temp\\new \\\\ \\');
xhr.setRequestHeader('X-Dollar', '$HOME ${x} {$x} $(id) $$');
xhr.setRequestHeader('X-Backtick', '`id`');
xhr.setRequestHeader('X-Ruby', '#{x} #$x');
xhr.setRequestHeader('X-Percent', '%s %d %% %25 %2B %0D%0A');
xhr.setRequestHeader('X-Braces', '{{ }} {% raw %} {0}');
xhr.setRequestHeader('X-Tab', 'a\tb');
xhr.setRequestHeader('X-List', 'a, b; c=d');
xhr.setRequestHeader('X-Html', '\x3C/script>\x3C!--');
xhr.onload = () => {
  console.log(xhr.responseText);
};
xhr.send();
