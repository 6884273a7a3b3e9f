import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/form")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(Connection.Method.POST)
            .data("P1", "A&B")
            .data("P2", "A+B")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
