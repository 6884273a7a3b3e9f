import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/basic-empty"))
    .POST(BodyPublishers.ofString("amount=100", StandardCharsets.UTF_8))
    .header("Authorization", "Basic c2tfdGVzdF8xMjM6")
    .header("Content-Type", "application/x-www-form-urlencoded")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
