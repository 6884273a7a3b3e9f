import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/unicode-text")
            .header("Content-Type", "text/markdown")
            .method(Connection.Method.POST)
            .requestBody("# Caf\u00e9 \u2615\n\n* na\u00efve \u2014 \u201cquoted\u201d \ud83d\ude0b\n")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
