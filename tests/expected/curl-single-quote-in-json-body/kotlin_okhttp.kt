import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"name\":\"Bob's piano lessons\"}".toByteArray()
    .toRequestBody("application/json".toMediaType())
val request = Request.Builder()
    .url("http://api.example.com/api/v1/merchants")
    .put(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
