import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n\$HOME \${x} `id` \$(id) #{x} %s %% %0A {{ }} </script> a\u2028b\n".toByteArray()
    .toRequestBody("text/plain; charset=utf-8".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/text")
    .post(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
