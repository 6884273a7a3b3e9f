use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("If-None-Match", "W/\"1234\"".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("http://api.example.com/resource")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
