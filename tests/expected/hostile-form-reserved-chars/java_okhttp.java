import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
RequestBody formBody = new FormBody.Builder()
    .add("plus", "a+b")
    .add("amp", "a&b")
    .add("equals", "a=b==")
    .add("hash", "a#b")
    .add("question", "a?b")
    .add("slash", "a/b")
    .add("semicolon", "a;b")
    .add("space", "a b")
    .add("percent", "100% %20 %2B")
    .add("unicode", "caf\u00e9 \ud83d\ude0b")
    .add("quotes", "it's \"x\" \\")
    .add("dollar", "$x ${x} `x` #{x}")
    .add("multi", "line 1\r\nline 2")
    .add("repeat", "first")
    .add("name with space&=", "value")
    .add("repeat", "second")
    .build();
Request request = new Request.Builder()
    .url("https://api.example.com/echo/form")
    .post(formBody)
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
