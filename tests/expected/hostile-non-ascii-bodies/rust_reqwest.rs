use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("Content-Type", "application/json; charset=utf-8".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .put("https://api.example.com/echo/unicode")
        .headers(headers)
        .body("{\"latin\":\"Crème brûlée, Straße, ½ € ©\",\"cjk\":\"東京 서울\",\"rtl\":\"שלום مرحبا\",\"combining\":\"é\",\"emoji\":\"😋 👩‍💻 🇫🇷\",\"astral\":\"𝄞 𐐷\",\"nbsp\":\"a b\",\"bom\":\"﻿x\"}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
