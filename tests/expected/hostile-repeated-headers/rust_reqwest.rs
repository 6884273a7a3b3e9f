use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Repeat", "first".parse()?);
    headers.append("Accept", "application/json".parse()?);
    headers.append("X-Repeat", "second".parse()?);
    headers.append("x-repeat", "third".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/repeated-headers")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
