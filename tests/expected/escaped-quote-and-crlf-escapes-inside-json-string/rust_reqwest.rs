use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json".parse()?);
    headers.append("Accept", "application/json".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .post("http://api.example.com/graphql")
        .headers(headers)
        .body("{\"query\":\"{\\r\\n  findScenes(scene_filter: {is_missing: \\\"performers\\\"}) {\\r\\n    count\\r\\n  }\\r\\n}\",\"variables\":{}}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
