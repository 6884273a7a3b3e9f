// Java sample: GET with jsoup. Usage: java -cp '<lib>/*' JsoupGet URL
import org.jsoup.Connection;
import org.jsoup.Jsoup;

public class JsoupGet {
    public static void main(String[] args) throws Exception {
        Connection.Response response = Jsoup.connect(args[0]).method(Connection.Method.GET).execute();
        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
