import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("http://api.example.com/url-encoded")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(Connection.Method.POST)
            .data("$filter", "my&value = 1")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
