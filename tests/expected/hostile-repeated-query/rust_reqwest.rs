fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/repeated-query?a=1&b=2&a=3&a=")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
