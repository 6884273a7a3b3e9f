using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/get");
string credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("myuser:p$ss#word@^1"));
request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
