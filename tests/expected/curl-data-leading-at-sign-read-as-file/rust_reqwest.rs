use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "text/plain".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/messages")
        .headers(headers)
        .body("@team standup moved to 10:00")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
