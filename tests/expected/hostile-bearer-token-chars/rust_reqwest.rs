fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .delete("https://api.example.com/echo/bearer")
        .bearer_auth("abc-._~+/XYZ09==")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
