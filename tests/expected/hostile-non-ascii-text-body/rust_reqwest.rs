use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "text/markdown".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/unicode-text")
        .headers(headers)
        .body("# Café ☕\n\n* naïve — “quoted” 😋\n")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
