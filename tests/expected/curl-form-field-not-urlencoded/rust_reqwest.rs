use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/x-www-form-urlencoded".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("http://api.example.com/url-encoded")
        .headers(headers)
        .form(&[("$filter", "my&value = 1")])
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
