use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Empty", "".parse()?);
    headers.append("X-Present", "yes".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("https://api.example.com/echo/empty?empty=&full=1")
        .headers(headers)
        .form(&[
            ("note", ""),
            ("name", "x"),
        ])
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
