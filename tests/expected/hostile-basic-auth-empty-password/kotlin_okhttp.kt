import java.io.IOException
import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val formBody = FormBody.Builder()
    .add("amount", "100")
    .build()
val request = Request.Builder()
    .url("https://api.example.com/echo/basic-empty")
    .post(formBody)
    .header("Authorization", Credentials.basic("sk_test_123", "", Charsets.UTF_8))
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
