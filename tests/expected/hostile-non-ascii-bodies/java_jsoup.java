import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

class Main {
    public static void main(String[] args) throws IOException {
        Connection.Response response = Jsoup.connect("https://api.example.com/echo/unicode")
            .header("Content-Type", "application/json; charset=utf-8")
            .method(Connection.Method.PUT)
            .requestBody("{\"latin\":\"Cr\u00e8me br\u00fbl\u00e9e, Stra\u00dfe, \u00bd \u20ac \u00a9\",\"cjk\":\"\u6771\u4eac \uc11c\uc6b8\",\"rtl\":\"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\",\"combining\":\"e\u0301\",\"emoji\":\"\ud83d\ude0b \ud83d\udc69\u200d\ud83d\udcbb \ud83c\uddeb\ud83c\uddf7\",\"astral\":\"\ud834\udd1e \ud801\udc37\",\"nbsp\":\"a\u00a0b\",\"bom\":\"\ufeffx\"}")
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .execute();
        System.out.println(response.body());
    }
}
