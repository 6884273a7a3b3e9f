import java.io.IOException
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val client = OkHttpClient()
val body = "{\"latin\":\"Cr\u00e8me br\u00fbl\u00e9e, Stra\u00dfe, \u00bd \u20ac \u00a9\",\"cjk\":\"\u6771\u4eac \uc11c\uc6b8\",\"rtl\":\"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\",\"combining\":\"e\u0301\",\"emoji\":\"\ud83d\ude0b \ud83d\udc69\u200d\ud83d\udcbb \ud83c\uddeb\ud83c\uddf7\",\"astral\":\"\ud834\udd1e \ud801\udc37\",\"nbsp\":\"a\u00a0b\",\"bom\":\"\ufeffx\"}".toByteArray()
    .toRequestBody("application/json; charset=utf-8".toMediaType())
val request = Request.Builder()
    .url("https://api.example.com/echo/unicode")
    .put(body)
    .build()
client.newCall(request).execute().use { response ->
    if (!response.isSuccessful) throw IOException("Unexpected code $response")
    println(response.body!!.string())
}
