import https from 'node:https';

const options = {
  hostname: 'api.example.com',
  path: '/echo/header-values',
  method: 'GET',
  headers: {
    'X-Single-Quote': 'it\'s',
    'X-Double-Quote': 'say "hi"',
    'X-Backslash': 'C:\\temp\\new \\\\ \\',
    'X-Dollar': '$HOME ${x} {$x} $(id) $$',
    'X-Backtick': '`id`',
    'X-Ruby': '#{x} #$x',
    'X-Percent': '%s %d %% %25 %2B %0D%0A',
    'X-Braces': '{{ }} {% raw %} {0}',
    'X-Tab': 'a\tb',
    'X-List': 'a, b; c=d',
    'X-Html': '\x3C/script>\x3C!--',
  },
};

const req = https.request(options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(Buffer.concat(chunks).toString());
  });
});
req.end();
