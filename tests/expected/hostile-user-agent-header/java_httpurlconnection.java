import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/user-agent").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("GET");
        httpConn.setRequestProperty("User-Agent", "snippetgen-test/1.0 (+https://example.com/bot; it's \"ok\")");

        InputStream responseStream = httpConn.getResponseCode() / 100 == 2
            ? httpConn.getInputStream()
            : httpConn.getErrorStream();
        String response = responseStream == null
            ? ""
            : new String(responseStream.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(response);
    }
}
