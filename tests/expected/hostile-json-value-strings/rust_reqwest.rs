use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/json-value")
        .headers(headers)
        .body("{\"single\":\"it's\",\"double\":\"say \\\"hi\\\"\",\"backslash\":\"C:\\\\temp\\\\new\\\\x41\\\\u0041\\\\\\\\\",\"dollar\":\"$HOME $name ${x} {$x} $(id) $$\",\"backtick\":\"`id` ${`x`}\",\"ruby\":\"#{x} #$x #@x\",\"percent\":\"%s %d %n %% %25 %2B %0A %u0041\",\"braces\":\"{{ }} {% raw %} {# note #} {0} {}\",\"html\":\"</script><!-- <script>\",\"newline\":\"line 1\\nline 2\",\"crlf\":\"line 1\\r\\nline 2\\r\\n\",\"tab\":\"a\\tb\",\"separators\":\"a\u{2028}b\u{2029}c\",\"empty\":\"\",\"nested\":[\"\\\"\",\"'\",\"\\\\\",\"\\n\",\"$\",\"`\"]}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
