import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/json-value")
            .header("Content-Type", "application/json")
            .method(Connection.Method.POST)
            .requestBody("{\"single\":\"it's\",\"double\":\"say \\\"hi\\\"\",\"backslash\":\"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\\",\"dollar\":\"$HOME $name ${x} {$x} $(id) $$\",\"backtick\":\"`id` ${`x`}\",\"ruby\":\"#{x} #$x #@x\",\"percent\":\"%s %d %n %% %25 %2B %0A %u0041\",\"braces\":\"{{ }} {% raw %} {# note #} {0} {}\",\"html\":\"</script><!-- <script>\",\"newline\":\"line 1\\nline 2\",\"crlf\":\"line 1\\r\\nline 2\\r\\n\",\"tab\":\"a\\tb\",\"separators\":\"a\u2028b\u2029c\",\"empty\":\"\",\"nested\":[\"\\\"\",\"'\",\"\\\\\",\"\\n\",\"$\",\"`\"]}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
