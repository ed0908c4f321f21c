//! Every source a user can see names a public document: an RFC and its section, the IANA
//! registry, a vendor page by its title and URL, the sisimai set-of-emails corpus, or
//! "published SMTP reply-code lists". No internal label of the project's working material
//! ("seed 004", "reference §3", "SOE") may reach the catalog's sources, explain's evidence,
//! the generated docs or the bindings' generated files.
#![cfg(feature = "explain")]

use smtp_codes::catalog::{aliases, basic_codes, enhanced_codes};
use smtp_codes::explain::{explain, Pattern};
use std::path::PathBuf;

/// What no user-visible text may contain, and why.
fn internal_labels(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    if lower.contains("seed") {
        found.push("\"seed\" (the project's anonymous source pages)");
    }
    if lower.contains("reference §") {
        found.push("\"reference §\" (the project's notes)");
    }
    // "SOE" as a word, in capitals as the notes wrote it.
    let soe = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| word == "SOE");
    if soe {
        found.push("\"SOE\" (name the sisimai set-of-emails corpus instead)");
    }
    found
}

fn check(place: &str, text: &str, problems: &mut Vec<String>) {
    for label in internal_labels(text) {
        problems.push(format!("{place}: {label} in {text:?}"));
    }
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} internal labels:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_should() {
    assert!(!internal_labels("Seed 004 (English list of SMTP reply codes)").is_empty());
    assert!(!internal_labels("as listed in seed 002").is_empty());
    assert!(!internal_labels("pages cited in reference §3").is_empty());
    assert!(!internal_labels("Postfix smtpd; SOE").is_empty());
    assert!(internal_labels("Postfix smtpd; seen in the sisimai set-of-emails corpus").is_empty());
    assert!(internal_labels("RFC 5321 §4.2.3").is_empty());
    assert!(internal_labels("Shoes are not SOEs").is_empty());
}

#[test]
fn catalog_sources_are_public_documents() {
    let mut problems = Vec::new();
    for e in basic_codes() {
        let place = format!("basic code {}", e.code());
        for r in e.references() {
            check(&place, r, &mut problems);
        }
        for n in e.vendor_notes() {
            check(&place, n.source(), &mut problems);
        }
    }
    for e in enhanced_codes() {
        let place = format!("enhanced code {}", e.notation());
        for r in e.references() {
            check(&place, r, &mut problems);
        }
        for n in e.vendor_notes() {
            check(&place, n.source(), &mut problems);
        }
    }
    for a in aliases() {
        check(&format!("alias {}", a.code()), a.source(), &mut problems);
    }
    for c in smtp_codes::commands::commands() {
        for r in c.references() {
            check(&format!("command {}", c.name()), r, &mut problems);
        }
    }
    assert_none(problems);
}

#[test]
fn explain_evidence_names_public_sources() {
    let mut problems = Vec::new();
    for p in Pattern::all() {
        check(
            &format!("pattern {:?}", p.phrase()),
            p.source(),
            &mut problems,
        );
        // The evidence explain prints for a reply that carries the phrase.
        let input = format!("550 {}", p.phrase());
        if let Ok(e) = explain(&input) {
            check(
                &format!("evidence for {input:?}"),
                &e.evidence().to_string(),
                &mut problems,
            );
        }
    }
    assert_none(problems);
}

/// The repository's root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check_files(dir: &str, ext: &str, problems: &mut Vec<String>) -> usize {
    let mut n = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            check(&format!("{}:{}", path.display(), i + 1), line, problems);
        }
        n += 1;
    }
    n
}

#[test]
fn generated_docs_and_bindings_name_public_sources() {
    let mut problems = Vec::new();
    assert!(check_files("docs", "md", &mut problems) >= 2);
    assert!(check_files("bindings/python/python/smtp_codes", "pyi", &mut problems) >= 1);
    assert!(check_files("bindings/c/include", "h", &mut problems) >= 1);
    assert_none(problems);
}
