//! Sends a GET request with reqwest's blocking client and prints the status code and body.
//! `scripts/install-runtimes.sh` builds this binary so that the dependencies compile once,
//! and `scripts/runtimes/smoke-test.sh` runs it against a local server.
//! Usage: probe URL

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args()
        .nth(1)
        .ok_or("missing argument: usage: probe URL")?;
    let response = reqwest::blocking::get(&url)?;
    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
