import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/header-values")
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
            .method(Connection.Method.GET)
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
