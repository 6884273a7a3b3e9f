fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/jobs/run")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
