fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/a%20b/caf%C3%A9/100%25")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
