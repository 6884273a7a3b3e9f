use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("If-Match", "\"abc\"".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .delete("https://api.example.com/echo/items/7")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
