import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("http://api.example.com/api/v1/merchants")
            .header("Content-Type", "application/json")
            .method(Connection.Method.PUT)
            .requestBody("{\"name\":\"Bob's piano lessons\"}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
