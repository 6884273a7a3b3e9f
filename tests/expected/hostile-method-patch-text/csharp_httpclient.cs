using System;
using System.Net.Http;
using System.Net.Http.Headers;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(new HttpMethod("PATCH"), "https://api.example.com/echo/items/7");
request.Content = new StringContent("{\"name\":null}");
request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
