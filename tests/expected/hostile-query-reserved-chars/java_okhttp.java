import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
    .url("https://api.example.com/echo/query?plus=a%2Bb&amp=a%26b&equals=a%3Db%3D%3D&hash=a%23b&question=a%3Fb&slash=a%2Fb&semicolon=a%3Bb&space=a%20b&percent=100%25%20%2520%20%252B%20%25zz&unicode=caf%C3%A9%20%F0%9F%98%8B&quotes=it%27s%20%22x%22&dollar=%24x%20%24%7Bx%7D%20%60x%60&name%20with%20space%26%3D=value&filter%5B%5D=1")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
