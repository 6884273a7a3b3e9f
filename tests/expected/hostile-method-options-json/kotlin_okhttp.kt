import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"probe\":true}".toByteArray()
    .toRequestBody("application/json".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/options-body")
    .method("OPTIONS", body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
