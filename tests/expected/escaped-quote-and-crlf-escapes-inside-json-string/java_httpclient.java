import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("http://api.example.com/graphql"))
    .POST(BodyPublishers.ofString("{\"query\":\"{\\r\\n  findScenes(scene_filter: {is_missing: \\\"performers\\\"}) {\\r\\n    count\\r\\n  }\\r\\n}\",\"variables\":{}}", StandardCharsets.UTF_8))
    .header("Content-Type", "application/json")
    .header("Accept", "application/json")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
