import java.io.IOException
import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val formBody = FormBody.Builder()
    .add("grant_type", "client_credentials")
    .build()
val request = Request.Builder()
    .url("https://api.orange.com/oauth/v3/token")
    .post(formBody)
    .header("Authorization", Credentials.basic("YourClientId", "YourClientSecret", Charsets.UTF_8))
    .header("Accept", "application/json")
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
