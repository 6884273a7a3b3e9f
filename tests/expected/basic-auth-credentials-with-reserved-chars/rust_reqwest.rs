fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/get")
        .basic_auth("myuser", Some("p$ss#word@^1"))
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
