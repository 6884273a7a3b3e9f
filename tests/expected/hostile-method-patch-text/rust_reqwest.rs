use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/merge-patch+json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .patch("https://api.example.com/echo/items/7")
        .headers(headers)
        .body("{\"name\":null}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
