import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/unicode").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("PUT");
        httpConn.setRequestProperty("Content-Type", "application/json; charset=utf-8");

        httpConn.setDoOutput(true);
        try (OutputStream requestStream = httpConn.getOutputStream()) {
            requestStream.write("{\"latin\":\"Cr\u00e8me br\u00fbl\u00e9e, Stra\u00dfe, \u00bd \u20ac \u00a9\",\"cjk\":\"\u6771\u4eac \uc11c\uc6b8\",\"rtl\":\"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\",\"combining\":\"e\u0301\",\"emoji\":\"\ud83d\ude0b \ud83d\udc69\u200d\ud83d\udcbb \ud83c\uddeb\ud83c\uddf7\",\"astral\":\"\ud834\udd1e \ud801\udc37\",\"nbsp\":\"a\u00a0b\",\"bom\":\"\ufeffx\"}".getBytes(StandardCharsets.UTF_8));
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
