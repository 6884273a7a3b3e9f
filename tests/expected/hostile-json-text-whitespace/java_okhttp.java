import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody body = RequestBody.create(
    "{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"$5 ${x} `x` #{x} %s\"\r\n}\r\n".getBytes(StandardCharsets.UTF_8),
    MediaType.get("application/json"));
Request request = new Request.Builder()
    .url("https://api.example.com/echo/json-text")
    .post(body)
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
