import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/text"))
    .POST(BodyPublishers.ofString("first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a\u2028b\n", StandardCharsets.UTF_8))
    .header("Content-Type", "text/plain; charset=utf-8")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
