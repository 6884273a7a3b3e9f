import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/header-values").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("GET");
        httpConn.setRequestProperty("X-Single-Quote", "it's");
        httpConn.setRequestProperty("X-Double-Quote", "say \"hi\"");
        httpConn.setRequestProperty("X-Backslash", "C:\\temp\\new \\\\ \\");
        httpConn.setRequestProperty("X-Dollar", "$HOME ${x} {$x} $(id) $$");
        httpConn.setRequestProperty("X-Backtick", "`id`");
        httpConn.setRequestProperty("X-Ruby", "#{x} #$x");
        httpConn.setRequestProperty("X-Percent", "%s %d %% %25 %2B %0D%0A");
        httpConn.setRequestProperty("X-Braces", "{{ }} {% raw %} {0}");
        httpConn.setRequestProperty("X-Tab", "a\tb");
        httpConn.setRequestProperty("X-List", "a, b; c=d");
        httpConn.setRequestProperty("X-Html", "</script><!--");

        InputStream responseStream = httpConn.getResponseCode() / 100 == 2
            ? httpConn.getInputStream()
            : httpConn.getErrorStream();
        String response = responseStream == null
            ? ""
            : new String(responseStream.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(response);
    }
}
