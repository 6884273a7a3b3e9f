import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/form")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(Connection.Method.POST)
            .data("plus", "a+b")
            .data("amp", "a&b")
            .data("equals", "a=b==")
            .data("hash", "a#b")
            .data("question", "a?b")
            .data("slash", "a/b")
            .data("semicolon", "a;b")
            .data("space", "a b")
            .data("percent", "100% %20 %2B")
            .data("unicode", "caf\u00e9 \ud83d\ude0b")
            .data("quotes", "it's \"x\" \\")
            .data("dollar", "$x ${x} `x` #{x}")
            .data("multi", "line 1\r\nline 2")
            .data("repeat", "first")
            .data("name with space&=", "value")
            .data("repeat", "second")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
