import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody body = RequestBody.create(
    "{\"query\":\"{\\r\\n  findScenes(scene_filter: {is_missing: \\\"performers\\\"}) {\\r\\n    count\\r\\n  }\\r\\n}\",\"variables\":{}}".getBytes(StandardCharsets.UTF_8),
    MediaType.get("application/json"));
Request request = new Request.Builder()
    .url("http://api.example.com/graphql")
    .post(body)
    .header("Accept", "application/json")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
