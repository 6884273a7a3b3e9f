use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json".parse()?);
    headers.append("Accept-Language", "en".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/action")
        .headers(headers)
        .body("{\"userName\":\"someuser\",\"password\":\"somepassword\"}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
