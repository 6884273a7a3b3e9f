import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody body = RequestBody.create(
    "@team standup moved to 10:00".getBytes(StandardCharsets.UTF_8),
    MediaType.get("text/plain"));
Request request = new Request.Builder()
    .url("https://api.example.com/messages")
    .post(body)
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
