fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/files/a%20b%2Fc;v=1/caf%C3%A9/~user/x:y@z")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
