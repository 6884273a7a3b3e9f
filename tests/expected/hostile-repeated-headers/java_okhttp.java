import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
    .url("https://api.example.com/echo/repeated-headers")
    .header("X-Repeat", "first")
    .header("Accept", "application/json")
    .addHeader("X-Repeat", "second")
    .addHeader("x-repeat", "third")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
