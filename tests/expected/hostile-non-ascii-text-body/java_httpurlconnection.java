import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/unicode-text").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("POST");
        httpConn.setRequestProperty("Content-Type", "text/markdown");

        httpConn.setDoOutput(true);
        try (OutputStream requestStream = httpConn.getOutputStream()) {
            requestStream.write("# Caf\u00e9 \u2615\n\n* na\u00efve \u2014 \u201cquoted\u201d \ud83d\ude0b\n".getBytes(StandardCharsets.UTF_8));
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
