use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Odd!#$%&'*+.^_`|~Name", "value".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/header-name")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
