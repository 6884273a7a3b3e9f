import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/query?plus=a%2Bb&amp=a%26b&equals=a%3Db%3D%3D&hash=a%23b&question=a%3Fb&slash=a%2Fb&semicolon=a%3Bb&space=a%20b&percent=100%25%20%2520%20%252B%20%25zz&unicode=caf%C3%A9%20%F0%9F%98%8B&quotes=it%27s%20%22x%22&dollar=%24x%20%24%7Bx%7D%20%60x%60&name%20with%20space%26%3D=value&filter%5B%5D=1").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("GET");

        InputStream responseStream = httpConn.getResponseCode() / 100 == 2
            ? httpConn.getInputStream()
            : httpConn.getErrorStream();
        String response = responseStream == null
            ? ""
            : new String(responseStream.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(response);
    }
}
