//! The catalog as users see it through the public API, checked against the project's source
//! documents, as copied into `testdata/` (the codes the seed pages mention and the IANA
//! registry CSV; provenance in `testdata/README.md`).

use smtp_codes::catalog::{aliases, basic_codes, enhanced_codes};
use smtp_codes::{EnhancedClass, EnhancedStatusCode, Lang, Pairing, ReplyCode, Status};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::PathBuf;

/// The repository's `testdata/`.
fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata")
}

#[test]
fn whole_catalog_dump() {
    let mut out = String::new();
    for e in basic_codes() {
        let c = e.code();
        let _ = writeln!(
            out,
            "{c} {:<12} {:<12} {:<40} {}",
            c.class(),
            e.status(),
            e.name(),
            e.text()
        );
    }
    out.push('\n');
    for e in enhanced_codes() {
        let _ = writeln!(
            out,
            "{:<14} {:<12} {:<45} {}",
            e.notation(),
            e.status(),
            e.name(),
            e.text()
        );
    }
    out.push('\n');
    for a in aliases() {
        let _ = writeln!(out, "{} -> {}", a.code(), a.enhanced());
    }
    insta::assert_snapshot!(out);
}

#[test]
fn every_code_the_seeds_mention_is_in_the_catalog_with_spanish() {
    // The codes the seed pages mention, one per line after the header (how the list was
    // extracted from the pages: `testdata/README.md`).
    let list = std::fs::read_to_string(testdata().join("seed-codes.tsv")).unwrap();
    let mut lines = list.lines();
    assert_eq!(lines.next(), Some("code\tseeds"));
    let mentioned: BTreeSet<ReplyCode> = lines
        .map(|line| {
            let code = line.split('\t').next().unwrap();
            ReplyCode::from_bytes(code.as_bytes()).unwrap_or_else(|e| panic!("{line:?}: {e}"))
        })
        .collect();
    assert_eq!(mentioned.len(), 69, "the seeds mention 69 codes");
    for code in mentioned {
        let es = code
            .description(Lang::Es)
            .or_else(|| code.alias().map(|a| a.description(Lang::Es)));
        assert!(es.is_some_and(|s| !s.is_empty()), "{code} is missing");
        let source = code
            .references()
            .first()
            .copied()
            .or(code.alias().map(|a| a.source()));
        assert!(source.is_some(), "{code} has no source");
    }
}

#[test]
fn every_rfc_defined_basic_code_is_there_with_its_rfc() {
    let by_rfc: [(&str, &[u16]); 6] = [
        (
            "RFC 5321",
            &[
                211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502,
                503, 504, 550, 551, 552, 553, 554, 555,
            ],
        ),
        ("RFC 4954", &[235, 334, 432, 454, 530, 534, 535, 538]),
        ("RFC 7504", &[521, 556]),
        ("RFC 1985", &[253, 458, 459]),
        ("RFC 876", &[200]),
        ("RFC 2645", &[453]),
    ];
    for (rfc, codes) in by_rfc {
        for &n in codes {
            let code = ReplyCode::from_u16(n).unwrap();
            let entry = code.entry().unwrap_or_else(|| panic!("{n} missing"));
            assert!(
                entry.references().iter().any(|r| r.starts_with(rfc)),
                "{n} does not cite {rfc}: {:?}",
                entry.references()
            );
        }
    }
    assert_eq!(
        ReplyCode::from_u16(200).unwrap().status(),
        Some(Status::NonStandard)
    );
}

/// A CSV reader for the registry file: quoted fields may hold commas, quotes and newlines.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn every_iana_registry_entry_is_there_with_its_text_and_basic_codes() {
    let csv =
        std::fs::read_to_string(testdata().join("iana-smtp-enhanced-status-codes.csv")).unwrap();
    let rows = read_csv(&csv);
    assert_eq!(rows[0][0], "Code");
    let mut count = 0;
    for row in &rows[1..] {
        let sample = row[1].split_whitespace().collect::<Vec<_>>().join(" ");
        let (code, basic) = (&row[0], &row[2]);
        let rest = code.strip_prefix("X.").unwrap();
        let probe: EnhancedStatusCode = format!("5.{rest}").parse().unwrap();
        let entry = probe.entry().unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.notation(), code);
        assert_eq!(entry.class(), None, "{code} must hold for every class");
        if !sample.is_empty() {
            assert!(
                entry.text().eq_ignore_ascii_case(&sample),
                "{code}: {:?} vs {sample:?}",
                entry.text()
            );
        }
        // Every three-digit number the registry associates is associated in the catalog.
        for word in basic
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 3)
        {
            let n: u16 = word.parse().unwrap();
            assert!(
                entry.associated_basic_codes().any(|c| c == n),
                "{code}: {n} not associated"
            );
        }
        let cited = row[4]
            .split("[RFC")
            .skip(1)
            .map(|r| r.split(']').next().unwrap().to_string());
        for rfc in cited {
            assert!(
                entry
                    .references()
                    .iter()
                    .any(|r| r.contains(&format!("RFC {rfc}"))),
                "{code} lacks RFC {rfc}"
            );
        }
        count += 1;
    }
    assert_eq!(count, 81);
}

#[test]
fn every_entry_is_found_by_its_own_code() {
    for e in basic_codes() {
        let code = ReplyCode::from_u16(e.code().as_u16()).unwrap();
        assert!(std::ptr::eq(code.entry().unwrap(), e));
        assert_eq!(code.name(), Some(e.name()));
        for lang in Lang::ALL {
            assert!(!e.description(lang).is_empty());
        }
    }
    for e in enhanced_codes() {
        let classes = match e.class() {
            Some(c) => vec![c],
            None => vec![
                EnhancedClass::Success,
                EnhancedClass::PersistentTransientFailure,
                EnhancedClass::PermanentFailure,
            ],
        };
        for class in classes {
            for detail in [e.detail(), e.detail_through()] {
                let code = EnhancedStatusCode::new(class.digit(), e.subject(), detail).unwrap();
                assert!(std::ptr::eq(code.entry().unwrap(), e), "{code}");
            }
        }
        assert!(!e.description(Lang::Es).is_empty());
    }
    for a in aliases() {
        assert!(std::ptr::eq(a.code().alias().unwrap(), a));
        assert!(
            a.enhanced().entry().is_some(),
            "{} -> {}",
            a.code(),
            a.enhanced()
        );
    }
}

#[test]
fn constants_and_lookups_read_naturally() {
    assert_eq!(ReplyCode::OK, 250);
    assert_eq!(ReplyCode::MAILBOX_UNAVAILABLE.as_u16(), 550);
    assert_eq!(ReplyCode::from_u16(299).unwrap().entry(), None);
    assert_eq!(
        ReplyCode::from_u16(299).unwrap().class().as_str(),
        "success"
    );
    let spanish = ReplyCode::SERVICE_NOT_AVAILABLE
        .description(Lang::Es)
        .unwrap();
    assert!(spanish.contains("servidor"), "{spanish}");
    // 521 is RFC 7504's standard code and also Exchange's dotless 5.2.1.
    let code = ReplyCode::from_u16(521).unwrap();
    assert_eq!(code.status(), Some(Status::Standard));
    assert_eq!(code.alias().unwrap().enhanced().to_string(), "5.2.1");
    // 441 is no basic code, only Exchange's 4.4.1.
    let code = ReplyCode::from_u16(441).unwrap();
    assert!(code.entry().is_none());
    assert_eq!(
        code.alias().unwrap().enhanced().entry().unwrap().name(),
        "NO_ANSWER_FROM_HOST"
    );
}

#[test]
fn vendor_codes_and_ranges() {
    let e: EnhancedStatusCode = "5.7.620".parse().unwrap();
    let entry = e.entry().unwrap();
    assert_eq!(entry.status(), Status::NonStandard);
    assert_eq!(entry.notation(), "5.7.606-649");
    // The same detail in another class is not that vendor entry.
    let other: EnhancedStatusCode = "4.7.620".parse().unwrap();
    assert!(other.entry().is_none_or(|x| !std::ptr::eq(x, entry)));
    // Conflicting vendor meanings are notes on the registry entry.
    let null_mx: EnhancedStatusCode = "5.1.10".parse().unwrap();
    assert_eq!(null_mx.entry().unwrap().status(), Status::Standard);
    assert!(!null_mx.entry().unwrap().vendor_notes().is_empty());
}

#[test]
fn pairing_of_basic_and_enhanced() {
    let e: EnhancedStatusCode = "4.7.0".parse().unwrap();
    assert_eq!(
        e.pairing(ReplyCode::SERVICE_NOT_AVAILABLE),
        Pairing::ClassMatches
    );
    assert_eq!(
        e.pairing(ReplyCode::MAILBOX_UNAVAILABLE),
        Pairing::ClassMismatch
    );
    let e: EnhancedStatusCode = "5.7.8".parse().unwrap();
    assert_eq!(
        e.pairing(ReplyCode::from_u16(535).unwrap()),
        Pairing::Registered
    );
    let e: EnhancedStatusCode = "2.0.0".parse().unwrap();
    assert_eq!(
        e.pairing(ReplyCode::START_MAIL_INPUT),
        Pairing::ClassMismatch
    );
}
