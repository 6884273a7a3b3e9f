import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.orange.com/oauth/v3/token")
            .header("Authorization", "Basic WW91ckNsaWVudElkOllvdXJDbGllbnRTZWNyZXQ=")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .method(Connection.Method.POST)
            .data("grant_type", "client_credentials")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
