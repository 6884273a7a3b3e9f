import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection connection = Jsoup.connect("https://api.example.com/echo/repeated-headers")
            .header("X-Repeat", "first")
            .header("Accept", "application/json")
            .method(Connection.Method.GET)
            .ignoreContentType(true)
            .ignoreHttpErrors(true);
        connection.request().addHeader("X-Repeat", "second");
        connection.request().addHeader("x-repeat", "third");
        Connection.Response response = connection.execute();
        System.out.println(response.body());
    }
}
