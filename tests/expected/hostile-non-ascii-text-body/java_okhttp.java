import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody body = RequestBody.create(
    "# Caf\u00e9 \u2615\n\n* na\u00efve \u2014 \u201cquoted\u201d \ud83d\ude0b\n".getBytes(StandardCharsets.UTF_8),
    MediaType.get("text/markdown"));
Request request = new Request.Builder()
    .url("https://api.example.com/echo/unicode-text")
    .post(body)
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
