fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/api/v2/flags/checkout?env=staging&env=uat")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
