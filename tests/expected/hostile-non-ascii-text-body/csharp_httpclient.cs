using System;
using System.Net.Http;
using System.Net.Http.Headers;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/echo/unicode-text");
request.Content = new StringContent("# Caf\u00e9 \u2615\n\n* na\u00efve \u2014 \u201cquoted\u201d \ud83d\ude0b\n");
request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
