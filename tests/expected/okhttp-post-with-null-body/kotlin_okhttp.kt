import java.io.IOException
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val formBody = FormBody.Builder()
    .build()
val request = Request.Builder()
    .url("https://api.example.com/jobs/42/trigger")
    .post(formBody)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
