use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Accept", "application/vnd.api+json".parse()?);
    headers.append("Content-Type", "application/vnd.api+json; charset=utf-8".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/vnd")
        .headers(headers)
        .body("{\"data\":{\"type\":\"items\",\"attributes\":{\"na\\\"me\":\"x\"}}}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
