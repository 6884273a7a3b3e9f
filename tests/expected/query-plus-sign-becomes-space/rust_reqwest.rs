fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/api/customer/login/?email=foo%2Bbar-xyz%40example.com")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
