use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .put("http://api.example.com/api/v1/merchants")
        .headers(headers)
        .body("{\"name\":\"Bob's piano lessons\"}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
