using System;
using System.Collections.Generic;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/echo/form");
request.Content = new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
{
    new KeyValuePair<string, string>("plus", "a+b"),
    new KeyValuePair<string, string>("amp", "a&b"),
    new KeyValuePair<string, string>("equals", "a=b=="),
    new KeyValuePair<string, string>("hash", "a#b"),
    new KeyValuePair<string, string>("question", "a?b"),
    new KeyValuePair<string, string>("slash", "a/b"),
    new KeyValuePair<string, string>("semicolon", "a;b"),
    new KeyValuePair<string, string>("space", "a b"),
    new KeyValuePair<string, string>("percent", "100% %20 %2B"),
    new KeyValuePair<string, string>("unicode", "caf\u00e9 \ud83d\ude0b"),
    new KeyValuePair<string, string>("quotes", "it's \"x\" \\"),
    new KeyValuePair<string, string>("dollar", "$x ${x} `x` #{x}"),
    new KeyValuePair<string, string>("multi", "line 1\r\nline 2"),
    new KeyValuePair<string, string>("repeat", "first"),
    new KeyValuePair<string, string>("name with space&=", "value"),
    new KeyValuePair<string, string>("repeat", "second"),
});

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
