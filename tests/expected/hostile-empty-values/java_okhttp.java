import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody formBody = new FormBody.Builder()
    .add("note", "")
    .add("name", "x")
    .build();
Request request = new Request.Builder()
    .url("https://api.example.com/echo/empty?empty=&full=1")
    .post(formBody)
    .header("X-Empty", "")
    .header("X-Present", "yes")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
