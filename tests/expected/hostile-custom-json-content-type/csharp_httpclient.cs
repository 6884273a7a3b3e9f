using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/echo/vnd");
request.Headers.TryAddWithoutValidation("Accept", "application/vnd.api+json");
request.Content = new StringContent("{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}");
request.Content.Headers.Remove("Content-Type");
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/vnd.api+json; charset=utf-8");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
