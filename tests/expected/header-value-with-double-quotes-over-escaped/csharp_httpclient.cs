using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "http://api.example.com/resource");
request.Headers.TryAddWithoutValidation("If-None-Match", "W/\"1234\"");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
