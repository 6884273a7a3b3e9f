using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "https://api.orange.com/oauth/v3/token");
string credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("YourClientId:YourClientSecret"));
request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
request.Headers.TryAddWithoutValidation("Accept", "application/json");
request.Content = new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
{
    new KeyValuePair<string, string>("grant_type", "client_credentials"),
});

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
