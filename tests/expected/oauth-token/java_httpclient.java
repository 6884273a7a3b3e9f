import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.orange.com/oauth/v3/token"))
    .POST(BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.UTF_8))
    .header("Authorization", "Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=")
    .header("Content-Type", "application/x-www-form-urlencoded")
    .header("Accept", "application/json")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
