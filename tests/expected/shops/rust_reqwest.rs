fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.orange.com/poi/v1/shops?postalCode=35000")
        .bearer_auth("YourAccessToken")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
