use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Check", "1".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .request(reqwest::Method::OPTIONS, "https://api.example.com/echo/options")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
