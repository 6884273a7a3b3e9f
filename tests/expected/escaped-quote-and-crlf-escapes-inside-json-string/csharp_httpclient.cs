using System;
using System.Net.Http;
using System.Net.Http.Headers;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "http://api.example.com/graphql");
request.Headers.TryAddWithoutValidation("Accept", "application/json");
request.Content = new StringContent("{\"query\":\"{\\r\\n  findScenes(scene_filter: {is_missing: \\\"performers\\\"}) {\\r\\n    count\\r\\n  }\\r\\n}\",\"variables\":{}}");
request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
