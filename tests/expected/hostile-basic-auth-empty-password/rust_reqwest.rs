fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/basic-empty")
        .basic_auth("sk_test_123", Some(""))
        .form(&[("amount", "100")])
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
