using System;
using System.Net.Http;
using System.Net.Http.Headers;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/echo/get-content-type");
request.Headers.TryAddWithoutValidation("Accept", "application/json");
request.Content = new ByteArrayContent(Array.Empty<byte>());
request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
