import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "# Caf\u00e9 \u2615\n\n* na\u00efve \u2014 \u201cquoted\u201d \ud83d\ude0b\n".toByteArray()
    .toRequestBody("text/markdown".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/unicode-text")
    .post(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
