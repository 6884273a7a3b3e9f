import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/options-body").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("OPTIONS");
        httpConn.setRequestProperty("Content-Type", "application/json");

        httpConn.setDoOutput(true);
        try (OutputStream requestStream = httpConn.getOutputStream()) {
            requestStream.write("{\"probe\":true}".getBytes(StandardCharsets.UTF_8));
        }

        InputStream responseStream = httpConn.getResponseCode() / 100 == 2
            ? httpConn.getInputStream()
            : httpConn.getErrorStream();
        String response = responseStream == null
            ? ""
            : new String(responseStream.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(response);
    }
}
