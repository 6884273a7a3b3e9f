import java.io.IOException
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val formBody = FormBody.Builder()
    .add("note", "")
    .add("name", "x")
    .build()
val request = Request.Builder()
    .url("https://api.example.com/echo/empty?empty=&full=1")
    .post(formBody)
    .header("X-Empty", "")
    .header("X-Present", "yes")
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
