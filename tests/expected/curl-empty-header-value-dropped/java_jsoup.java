import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("http://api.example.com/users")
            .header("tenant", "")
            .method(Connection.Method.GET)
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
