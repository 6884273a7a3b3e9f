using System;
using System.Net.Http;
using System.Net.Http.Headers;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/echo/json-value");
request.Content = new StringContent("{\"single\":\"it's\",\"double\":\"say \\\"hi\\\"\",\"backslash\":\"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\\",\"dollar\":\"$HOME $name ${x} {$x} $(id) $$\",\"backtick\":\"`id` ${`x`}\",\"ruby\":\"#{x} #$x #@x\",\"percent\":\"%s %d %n %% %25 %2B %0A %u0041\",\"braces\":\"{{ }} {% raw %} {# note #} {0} {}\",\"html\":\"</script><!-- <script>\",\"newline\":\"line 1\\nline 2\",\"crlf\":\"line 1\\r\\nline 2\\r\\n\",\"tab\":\"a\\tb\",\"separators\":\"a\u2028b\u2029c\",\"empty\":\"\",\"nested\":[\"\\\"\",\"'\",\"\\\\\",\"\\n\",\"$\",\"`\"]}");
request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
