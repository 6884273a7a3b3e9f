// C# sample: GET with System.Net.Http.HttpClient from an async Main.
// Compile it together with tests/runtimes/csharp/AsyncMainEntry.cs. Usage: mono HttpClientGet.exe URL
using System;
using System.Net.Http;
using System.Threading.Tasks;

class Program
{
    static async Task Main(string[] args)
    {
        using (var client = new HttpClient())
        {
            var request = new HttpRequestMessage(HttpMethod.Get, args[0]);
            request.Headers.Add("Accept", "text/html");
            HttpResponseMessage response = await client.SendAsync(request);
            Console.WriteLine((int)response.StatusCode);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}
