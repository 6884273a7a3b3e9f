use reqwest::header;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = header::HeaderMap::new();
    headers.append("X-Single-Quote", "it's".parse()?);
    headers.append("X-Double-Quote", "say \"hi\"".parse()?);
    headers.append("X-Backslash", "C:\\temp\\new \\\\ \\".parse()?);
    headers.append("X-Dollar", "$HOME ${x} {$x} $(id) $$".parse()?);
    headers.append("X-Backtick", "`id`".parse()?);
    headers.append("X-Ruby", "#{x} #$x".parse()?);
    headers.append("X-Percent", "%s %d %% %25 %2B %0D%0A".parse()?);
    headers.append("X-Braces", "{{ }} {% raw %} {0}".parse()?);
    headers.append("X-Tab", "a\tb".parse()?);
    headers.append("X-List", "a, b; c=d".parse()?);
    headers.append("X-Html", "</script><!--".parse()?);

    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let body = client
        .get("https://api.example.com/echo/header-values")
        .headers(headers)
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
