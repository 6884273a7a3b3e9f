import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/form"))
    .POST(BodyPublishers.ofString("plus=a%2Bb&amp=a%26b&equals=a%3Db%3D%3D&hash=a%23b&question=a%3Fb&slash=a%2Fb&semicolon=a%3Bb&space=a+b&percent=100%25+%2520+%252B&unicode=caf%C3%A9+%F0%9F%98%8B&quotes=it%27s+%22x%22+%5C&dollar=%24x+%24%7Bx%7D+%60x%60+%23%7Bx%7D&multi=line+1%0D%0Aline+2&repeat=first&name+with+space%26%3D=value&repeat=second", StandardCharsets.UTF_8))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
