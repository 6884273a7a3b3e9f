import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/json-text")
            .header("Content-Type", "application/json")
            .method(Connection.Method.POST)
            .requestBody("{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"$5 ${x} `x` #{x} %s\"\r\n}\r\n")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
