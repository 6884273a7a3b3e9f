import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
    .url("https://api.example.com/echo/header-values")
    .header("X-Single-Quote", "it's")
    .header("X-Double-Quote", "say \"hi\"")
    .header("X-Backslash", "C:\\temp\\new \\\\ \\")
    .header("X-Dollar", "$HOME ${x} {$x} $(id) $$")
    .header("X-Backtick", "`id`")
    .header("X-Ruby", "#{x} #$x")
    .header("X-Percent", "%s %d %% %25 %2B %0D%0A")
    .header("X-Braces", "{{ }} {% raw %} {0}")
    .header("X-Tab", "a\tb")
    .header("X-List", "a, b; c=d")
    .header("X-Html", "</script><!--")
    .build();
try (Response response = client.newCall(request).execute()) {
    if (!response.isSuccessful()) throw new IOException("Unexpected code " + response);
    System.out.println(response.body().string());
}
