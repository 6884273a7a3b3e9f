import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody body = RequestBody.create(
    "{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}".getBytes(StandardCharsets.UTF_8),
    MediaType.get("application/vnd.api+json; charset=utf-8"));
Request request = new Request.Builder()
    .url("https://api.example.com/echo/vnd")
    .post(body)
    .header("Accept", "application/vnd.api+json")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
