using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Delete, "https://api.example.com/echo/items/7");
request.Headers.TryAddWithoutValidation("If-Match", "\"abc\"");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
