use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "text/plain".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .put("https://api.example.com/echo/empty-body")
        .headers(headers)
        .body("")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
