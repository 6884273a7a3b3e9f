import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"query\":\"{\\r\\n  findScenes(scene_filter: {is_missing: \\\"performers\\\"}) {\\r\\n    count\\r\\n  }\\r\\n}\",\"variables\":{}}".toByteArray()
    .toRequestBody("application/json".toMediaType())
val request = Request.Builder()
    .url("http://api.example.com/graphql")
    .post(body)
    .header("Accept", "application/json")
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
