use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "text/plain; charset=utf-8".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/text")
        .headers(headers)
        .body("first line\r\nsecond\tline  \nit's \"quoted\" \\ \\\\ \\n\n$HOME ${x} `id` $(id) #{x} %s %% %0A {{ }} </script> a\u{2028}b\n")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
