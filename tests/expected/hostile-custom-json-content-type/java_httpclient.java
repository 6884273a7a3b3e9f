import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/vnd"))
    .POST(BodyPublishers.ofString("{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}", StandardCharsets.UTF_8))
    .header("Accept", "application/vnd.api+json")
    .header("Content-Type", "application/vnd.api+json; charset=utf-8")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
