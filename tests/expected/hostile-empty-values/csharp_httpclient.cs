using System;
using System.Collections.Generic;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/echo/empty?empty=&full=1");
request.Headers.TryAddWithoutValidation("X-Empty", "");
request.Headers.TryAddWithoutValidation("X-Present", "yes");
request.Content = new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
{
    new KeyValuePair<string, string>("note", ""),
    new KeyValuePair<string, string>("name", "x"),
});

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
