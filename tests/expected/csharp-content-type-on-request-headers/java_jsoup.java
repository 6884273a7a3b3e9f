import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/action")
            .header("Content-Type", "application/json")
            .header("Accept-Language", "en")
            .method(Connection.Method.POST)
            .requestBody("{\"userName\":\"someuser\",\"password\":\"somepassword\"}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
