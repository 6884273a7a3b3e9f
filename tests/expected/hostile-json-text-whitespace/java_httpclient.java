import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/json-text"))
    .POST(BodyPublishers.ofString("{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"$5 ${x} `x` #{x} %s\"\r\n}\r\n", StandardCharsets.UTF_8))
    .header("Content-Type", "application/json")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
