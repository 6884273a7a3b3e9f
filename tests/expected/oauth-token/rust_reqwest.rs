use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/x-www-form-urlencoded".parse()?);
    headers.append("Accept", "application/json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.orange.com/oauth/v3/token")
        .basic_auth("YourClientId", Some("YourClientSecret"))
        .headers(headers)
        .form(&[("grant_type", "client_credentials")])
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
