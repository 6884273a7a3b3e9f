using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/echo/user-agent");
request.Headers.TryAddWithoutValidation("User-Agent", "snippetgen-test/1.0 (+https://example.com/bot; it's \"ok\")");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
