fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("http://api.example.com/path?%24filter=name%20eq%20John&%24top=5")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
