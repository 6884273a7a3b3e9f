import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"single\":\"it's\",\"double\":\"say \\\"hi\\\"\",\"backslash\":\"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\\",\"dollar\":\"\$HOME \$name \${x} {\$x} \$(id) \$\$\",\"backtick\":\"`id` \${`x`}\",\"ruby\":\"#{x} #\$x #@x\",\"percent\":\"%s %d %n %% %25 %2B %0A %u0041\",\"braces\":\"{{ }} {% raw %} {# note #} {0} {}\",\"html\":\"</script><!-- <script>\",\"newline\":\"line 1\\nline 2\",\"crlf\":\"line 1\\r\\nline 2\\r\\n\",\"tab\":\"a\\tb\",\"separators\":\"a\u2028b\u2029c\",\"empty\":\"\",\"nested\":[\"\\\"\",\"'\",\"\\\\\",\"\\n\",\"\$\",\"`\"]}".toByteArray()
    .toRequestBody("application/json".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/json-value")
    .post(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
