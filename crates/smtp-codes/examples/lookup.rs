//! Looks up the codes given on the command line: `cargo run --example lookup -- 550 5.1.1 441`.

use smtp_codes::{EnhancedStatusCode, Lang, ReplyCode};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: lookup CODE... (such as 550, 5.1.1 or 441)");
        std::process::exit(2);
    }
    for arg in args {
        if let Ok(code) = arg.parse::<ReplyCode>() {
            println!("{code} ({}, {})", code.class(), code.category());
            match code.entry() {
                Some(e) => {
                    println!("  {}: {}", e.name(), e.text());
                    println!("  en: {}", e.description(Lang::En));
                    println!("  es: {}", e.description(Lang::Es));
                    println!("  source: {}", e.references().join("; "));
                }
                None => println!("  not a known basic code"),
            }
            if let Some(alias) = code.alias() {
                println!(
                    "  also {} as {} ({})",
                    alias.enhanced(),
                    alias.description(Lang::En),
                    alias.source()
                );
            }
        } else if let Ok(code) = arg.parse::<EnhancedStatusCode>() {
            match code.entry() {
                Some(e) => {
                    println!("{code} {}: {}", e.name(), e.text());
                    println!("  en: {}", e.description(Lang::En));
                    println!("  es: {}", e.description(Lang::Es));
                    println!("  source: {}", e.references().join("; "));
                }
                None => println!("{code}: not a known enhanced code"),
            }
        } else {
            eprintln!(
                "{arg}: not a reply code (200-599) or an enhanced status code (such as 5.1.1)"
            );
            std::process::exit(1);
        }
    }
}
