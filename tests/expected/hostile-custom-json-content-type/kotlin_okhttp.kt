import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}".toByteArray()
    .toRequestBody("application/vnd.api+json; charset=utf-8".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/vnd")
    .post(body)
    .header("Accept", "application/vnd.api+json")
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
