//! The Spanish texts of the catalog follow the glossary in `data/glossary-es.yaml`: one
//! English term, one Spanish rendering, and Spanish forms that are never used.

use serde::Deserialize;
use std::fs;
use xtask::model::{Model, Text};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    terms: Vec<Term>,
    avoid: Vec<Avoid>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    en: String,
    es: Vec<String>,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Avoid {
    es: String,
    #[serde(default)]
    unless_en: Vec<String>,
    #[serde(rename = "use")]
    instead: String,
}

/// Every bilingual text of the catalog, with the entry it belongs to.
fn texts(m: &Model) -> Vec<(String, &Text)> {
    let mut out: Vec<(String, &Text)> = Vec::new();
    for (list, digits) in [
        ("classes", &m.classes),
        ("categories", &m.categories),
        ("subjects", &m.subjects),
    ] {
        for d in digits {
            out.push((format!("{list} {}", d.digit), &d.description));
        }
    }
    out.push(("bounces.soft".into(), &m.bounce_soft));
    out.push(("bounces.hard".into(), &m.bounce_hard));
    for b in &m.basic_codes {
        out.push((format!("basic {}", b.code), &b.description));
        for n in &b.vendor_notes {
            out.push((
                format!("basic {} note ({})", b.code, n.source),
                &n.description,
            ));
        }
    }
    for e in &m.enhanced_codes {
        out.push((format!("enhanced {}", e.notation), &e.description));
        for n in &e.vendor_notes {
            out.push((
                format!("enhanced {} note ({})", e.notation, n.source),
                &n.description,
            ));
        }
    }
    for a in &m.aliases {
        out.push((format!("alias {}", a.code), &a.description));
    }
    for r in &m.reasons {
        out.push((format!("reason {}", r.id), &r.description));
    }
    out
}

/// Whether `text` has `term` as a word or the start of one, in any case.
fn has_word(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    let term = term.to_lowercase();
    text.match_indices(&term).any(|(i, _)| {
        i == 0
            || !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

fn load() -> (Model, Glossary) {
    let root = xtask::workspace_root();
    let yaml = fs::read_to_string(root.join(xtask::CATALOG)).unwrap();
    let raw = xtask::yaml::parse(&yaml).unwrap();
    let model = xtask::validate::validate(&raw).unwrap_or_else(|p| panic!("{p:#?}"));
    let glossary = fs::read_to_string(root.join("data/glossary-es.yaml")).unwrap();
    (model, serde_yaml::from_str(&glossary).unwrap())
}

#[test]
fn every_entry_follows_the_spanish_glossary() {
    let (model, glossary) = load();
    let mut problems = Vec::new();
    let mut used = vec![0; glossary.terms.len()];
    for (entry, text) in texts(&model) {
        for (i, term) in glossary.terms.iter().enumerate() {
            if has_word(&text.en, &term.en) {
                used[i] += 1;
                let es = text.es.to_lowercase();
                if !term.es.iter().any(|r| es.contains(&r.to_lowercase())) {
                    problems.push(format!(
                        "{entry}: the English says {:?}: {}",
                        term.en, term.note
                    ));
                }
            }
        }
        for avoid in &glossary.avoid {
            let allowed = avoid.unless_en.iter().any(|w| has_word(&text.en, w));
            if !allowed && text.es.to_lowercase().contains(&avoid.es.to_lowercase()) {
                problems.push(format!(
                    "{entry}: {:?} in the Spanish: use {}",
                    avoid.es, avoid.instead
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // The check sees real texts: the relay term is in many entries, and every term is in one.
    assert!(used[0] >= 5, "relay found in {} entries", used[0]);
    let unused: Vec<_> = glossary
        .terms
        .iter()
        .zip(&used)
        .filter(|(_, n)| **n == 0)
        .map(|(t, _)| t.en.as_str())
        .collect();
    assert!(unused.is_empty(), "terms in no English text: {unused:?}");
}

#[test]
fn the_glossary_holds_one_rendering_per_term() {
    let (_, glossary) = load();
    let mut seen = std::collections::HashSet::new();
    for term in &glossary.terms {
        assert!(
            seen.insert(term.en.to_lowercase()),
            "{:?} is in the glossary twice",
            term.en
        );
        assert!(
            !term.es.is_empty(),
            "{:?} has no Spanish rendering",
            term.en
        );
        for r in &term.es {
            for avoid in &glossary.avoid {
                assert!(
                    !r.to_lowercase().contains(&avoid.es.to_lowercase())
                        || !avoid.unless_en.is_empty(),
                    "the rendering {r:?} of {:?} is a form to avoid ({:?})",
                    term.en,
                    avoid.es
                );
            }
        }
    }
}

#[test]
fn the_checker_catches_a_relay_rendered_as_forwarding() {
    let text = Text {
        en: "Relaying denied".into(),
        es: "Reenvío denegado".into(),
    };
    assert!(has_word(&text.en, "relay"));
    assert!(!text.es.to_lowercase().contains("retransm"));
    assert!(!has_word("Unrelayable", "relay"));
}
