import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/vnd")
            .header("Accept", "application/vnd.api+json")
            .header("Content-Type", "application/vnd.api+json; charset=utf-8")
            .method(Connection.Method.POST)
            .requestBody("{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
