// Kotlin sample: GET with OkHttp 4. Compiles to the class OkHttpGetKt. Usage: OkHttpGetKt URL
import okhttp3.OkHttpClient
import okhttp3.Request

fun main(args: Array<String>) {
    val client = OkHttpClient()
    val request = Request.Builder().url(args[0]).header("Accept", "text/html").build()
    client.newCall(request).execute().use { response ->
        println(response.code)
        println(response.body!!.string())
    }
}
