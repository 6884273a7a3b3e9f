using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/echo/header-values");
request.Headers.TryAddWithoutValidation("X-Single-Quote", "it's");
request.Headers.TryAddWithoutValidation("X-Double-Quote", "say \"hi\"");
request.Headers.TryAddWithoutValidation("X-Backslash", "C:\\temp\\new \\\\ \\");
request.Headers.TryAddWithoutValidation("X-Dollar", "$HOME ${x} {$x} $(id) $$");
request.Headers.TryAddWithoutValidation("X-Backtick", "`id`");
request.Headers.TryAddWithoutValidation("X-Ruby", "#{x} #$x");
request.Headers.TryAddWithoutValidation("X-Percent", "%s %d %% %25 %2B %0D%0A");
request.Headers.TryAddWithoutValidation("X-Braces", "{{ }} {% raw %} {0}");
request.Headers.TryAddWithoutValidation("X-Tab", "a\tb");
request.Headers.TryAddWithoutValidation("X-List", "a, b; c=d");
request.Headers.TryAddWithoutValidation("X-Html", "</script><!--");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
