//! The catalog JSON (what `smtp-codes catalog` prints, and Python's `catalog()`) names only
//! public sources: no internal label of the project's working material ("seed 004",
//! "reference §3", "SOE") in any string of it.

use serde_json::Value;

fn strings<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::String(s) => out.push((path, s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                strings(item, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_catalog_json_names_public_sources() {
    let catalog = smtp_codes_json::catalog();
    let mut all = Vec::new();
    strings(&catalog, String::new(), &mut all);
    assert!(all.len() > 1000, "{} strings", all.len());
    let bad: Vec<String> = all
        .iter()
        .filter(|(_, s)| {
            let lower = s.to_lowercase();
            lower.contains("seed")
                || lower.contains("reference §")
                || s.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "SOE")
        })
        .map(|(path, s)| format!("{path}: {s:?}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} internal labels:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
