using System;
using System.Net.Http;

HttpClient client = new HttpClient();
HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Put, "https://api.example.com/echo/unicode");
request.Content = new StringContent("{\"latin\":\"Cr\u00e8me br\u00fbl\u00e9e, Stra\u00dfe, \u00bd \u20ac \u00a9\",\"cjk\":\"\u6771\u4eac \uc11c\uc6b8\",\"rtl\":\"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\",\"combining\":\"e\u0301\",\"emoji\":\"\ud83d\ude0b \ud83d\udc69\u200d\ud83d\udcbb \ud83c\uddeb\ud83c\uddf7\",\"astral\":\"\ud834\udd1e \ud801\udc37\",\"nbsp\":\"a\u00a0b\",\"bom\":\"\ufeffx\"}");
request.Content.Headers.Remove("Content-Type");
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");

HttpResponseMessage response = await client.SendAsync(request);
response.EnsureSuccessStatusCode();
string responseBody = await response.Content.ReadAsStringAsync();
Console.WriteLine(responseBody);
