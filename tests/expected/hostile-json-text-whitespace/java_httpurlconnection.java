import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/json-text").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("POST");
        httpConn.setRequestProperty("Content-Type", "application/json");

        httpConn.setDoOutput(true);
        try (OutputStream requestStream = httpConn.getOutputStream()) {
            requestStream.write("{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"$5 ${x} `x` #{x} %s\"\r\n}\r\n".getBytes(StandardCharsets.UTF_8));
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
