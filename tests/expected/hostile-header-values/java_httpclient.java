import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/echo/header-values"))
    .GET()
    .header("X-Single-Quote", "it's")
    .header("X-Double-Quote", "say \"hi\"")
    .header("X-Backslash", "C:\\temp\\new \\\\ \\")
    .header("X-Dollar", "$HOME ${x} {$x} $(id) $$")
    .header("X-Backtick", "`id`")
    .header("X-Ruby", "#{x} #$x")
    .header("X-Percent", "%s %d %% %25 %2B %0D%0A")
    .header("X-Braces", "{{ }} {% raw %} {0}")
    .header("X-Tab", "a\tb")
    .header("X-List", "a, b; c=d")
    .header("X-Html", "</script><!--")
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
