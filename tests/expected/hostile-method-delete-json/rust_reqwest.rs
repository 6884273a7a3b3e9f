use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .delete("https://api.example.com/echo/items")
        .headers(headers)
        .body("{\"ids\":[1,2,3]}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
