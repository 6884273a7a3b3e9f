using System;
using System.Collections.Generic;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Put, "https://api.example.com/echo/empty-form");
request.Content = new FormUrlEncodedContent(new List<KeyValuePair<string, string>>());

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
