use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Check", "1".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .head("https://api.example.com/echo/head?q=a%20b")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
