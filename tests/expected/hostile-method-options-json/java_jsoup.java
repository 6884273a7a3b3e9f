import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/options-body")
            .header("Content-Type", "application/json")
            .method(Connection.Method.OPTIONS)
            // NOTE: jsoup sends no body with OPTIONS: execute() throws ValidationException.
            .requestBody("{\"probe\":true}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
