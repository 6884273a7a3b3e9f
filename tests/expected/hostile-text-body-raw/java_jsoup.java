import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/text")
            .header("Content-Type", "text/plain; charset=utf-8")
            .method(Connection.Method.POST)
            .requestBody("first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a\u2028b\n")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
