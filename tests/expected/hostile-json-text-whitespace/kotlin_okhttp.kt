import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\r\n\t\"message\": \"line 1\\nline 2\\r\\nend\\t\\\"quoted\\\" \\\\ \\u0041 \\/\",\r\n\t\"price\": \"\$5 \${x} `x` #{x} %s\"\r\n}\r\n".toByteArray()
    .toRequestBody("application/json".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/json-text")
    .post(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
