fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .put("https://api.example.com/echo/flags/on")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
