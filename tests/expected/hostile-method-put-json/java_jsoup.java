import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/items/7")
            .header("Content-Type", "application/json")
            .method(Connection.Method.PUT)
            .requestBody("{\"name\":\"it's $7\",\"tags\":[\"a\",\"b\"]}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
