import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

class Main {
    public static void main(String[] args) throws IOException {
        URL url = URI.create("https://api.example.com/echo/json-value").toURL();
        HttpURLConnection httpConn = (HttpURLConnection) url.openConnection();
        httpConn.setRequestMethod("POST");
        httpConn.setRequestProperty("Content-Type", "application/json");

        httpConn.setDoOutput(true);
        try (OutputStream requestStream = httpConn.getOutputStream()) {
            requestStream.write("{\"single\":\"it's\",\"double\":\"say \\\"hi\\\"\",\"backslash\":\"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\\",\"dollar\":\"$HOME $name ${x} {$x} $(id) $$\",\"backtick\":\"`id` ${`x`}\",\"ruby\":\"#{x} #$x #@x\",\"percent\":\"%s %d %n %% %25 %2B %0A %u0041\",\"braces\":\"{{ }} {% raw %} {# note #} {0} {}\",\"html\":\"</script><!-- <script>\",\"newline\":\"line 1\\nline 2\",\"crlf\":\"line 1\\r\\nline 2\\r\\n\",\"tab\":\"a\\tb\",\"separators\":\"a\u2028b\u2029c\",\"empty\":\"\",\"nested\":[\"\\\"\",\"'\",\"\\\\\",\"\\n\",\"$\",\"`\"]}".getBytes(StandardCharsets.UTF_8));
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
