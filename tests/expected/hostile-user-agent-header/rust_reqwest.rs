use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("User-Agent", "snippetgen-test/1.0 (+https://example.com/bot; it's \"ok\")".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/user-agent")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
