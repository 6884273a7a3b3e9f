import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody formBody = new FormBody.Builder()
    .add("grant_type", "client_credentials")
    .build();
Request request = new Request.Builder()
    .url("https://api.orange.com/oauth/v3/token")
    .post(formBody)
    .header("Authorization", Credentials.basic("YourClientId", "YourClientSecret", StandardCharsets.UTF_8))
    .header("Accept", "application/json")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
