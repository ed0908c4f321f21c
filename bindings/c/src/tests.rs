//! The generated C strings are the core's strings, at the core's indexes; the enums C
//! passes as int match the tables they index. (The C API itself is tested from C:
//! `bindings/c/tests`, run by `cargo xtask test`.)

use super::*;
use smtp_codes::Lang;

fn eq(c: &CStr, s: &str) {
    assert_eq!(c.to_str().unwrap(), s);
}

fn localized_eq(c: &strings::Localized, text: impl Fn(Lang) -> &'static str) {
    assert_eq!(c.len(), Lang::ALL.len());
    eq(
        c[smtpcodes_lang::SMTPCODES_LANG_EN as usize],
        text(Lang::En),
    );
    eq(
        c[smtpcodes_lang::SMTPCODES_LANG_ES as usize],
        text(Lang::Es),
    );
}

fn notes_eq(c: &[strings::Note], notes: &[smtp_codes::VendorNote]) {
    assert_eq!(c.len(), notes.len());
    for (c, n) in c.iter().zip(notes) {
        eq(c.source, n.source());
        localized_eq(&c.description, |l| n.description(l));
    }
}

fn refs_eq(c: &[&CStr], refs: &[&str]) {
    assert_eq!(c.len(), refs.len());
    for (c, r) in c.iter().zip(refs) {
        eq(c, r);
    }
}

#[test]
fn catalog_strings_match_the_core() {
    let basic = catalog::basic_codes();
    assert_eq!(strings::BASIC.len(), basic.len());
    for (c, e) in strings::BASIC.iter().zip(basic) {
        eq(c.name, e.name());
        eq(c.text, e.text());
        eq(c.status, e.status().as_str());
        localized_eq(&c.description, |l| e.description(l));
        refs_eq(c.references, e.references());
        notes_eq(c.vendor_notes, e.vendor_notes());
    }
    let enhanced = catalog::enhanced_codes();
    assert_eq!(strings::ENHANCED.len(), enhanced.len());
    for (c, e) in strings::ENHANCED.iter().zip(enhanced) {
        eq(c.notation, e.notation());
        eq(c.name, e.name());
        eq(c.text, e.text());
        eq(c.status, e.status().as_str());
        localized_eq(&c.description, |l| e.description(l));
        refs_eq(c.references, e.references());
        notes_eq(c.vendor_notes, e.vendor_notes());
    }
    let aliases = catalog::aliases();
    assert_eq!(strings::ALIASES.len(), aliases.len());
    for (c, a) in strings::ALIASES.iter().zip(aliases) {
        eq(c.source, a.source());
        localized_eq(&c.description, |l| a.description(l));
    }
    for table in 0..3 {
        let (entries, texts) = digit_table(table).unwrap();
        assert_eq!(entries.len(), texts.len());
        for (c, d) in texts.iter().zip(entries) {
            eq(c.id, d.id());
            eq(c.name, d.name());
            localized_eq(&c.description, |l| d.description(l));
        }
    }
    assert!(digit_table(3).is_none());
    localized_eq(&strings::BOUNCE_SOFT, |l| Bounce::Soft.description(l));
    localized_eq(&strings::BOUNCE_HARD, |l| Bounce::Hard.description(l));
    assert_eq!(strings::COMMANDS.len(), commands().len());
    for (c, cmd) in strings::COMMANDS.iter().zip(commands()) {
        eq(c.name, cmd.name());
        refs_eq(c.references, cmd.references());
    }
    assert_eq!(strings::REASONS.len(), Reason::all().len());
    for (c, r) in strings::REASONS.iter().zip(Reason::all()) {
        eq(c.id, r.as_str());
        eq(c.sisimai, r.sisimai());
        localized_eq(&c.description, |l| r.description(l));
    }
    assert_eq!(strings::PATTERNS.len(), Pattern::all().len());
    for (c, p) in strings::PATTERNS.iter().zip(Pattern::all()) {
        eq(c.phrase, p.phrase());
        assert_eq!(c.sisimai.map(|s| s.to_str().unwrap()), p.sisimai());
    }
}

#[test]
fn constant_strings_match_the_core() {
    for code in [200, 300, 400, 500] {
        let c = ReplyCode::from_u16(code).unwrap();
        eq(class_name(c.class()), c.class().as_str());
    }
    for code in (500..600).step_by(10).chain([571]) {
        let c = ReplyCode::from_u16(code).unwrap();
        eq(category_name(c.category()), c.category().as_str());
    }
    eq(const_cstr!(CATALOG_VERSION), CATALOG_VERSION);
    eq(const_cstr!(""), "");
}

#[test]
fn entries_are_found_by_position() {
    for (i, e) in catalog::basic_codes().iter().enumerate() {
        assert_eq!(position(catalog::basic_codes(), e), Some(i));
    }
    for (i, p) in Pattern::all().iter().enumerate() {
        assert_eq!(position(Pattern::all(), p), Some(i));
    }
    static OTHER: [u8; 2] = [1, 2];
    static ELSEWHERE: u8 = 1;
    assert_eq!(position(&OTHER, &ELSEWHERE), None);
}

#[test]
fn every_result_has_a_distinct_message_and_value() {
    let all = smtpcodes_result::ALL;
    for (i, a) in all.iter().enumerate() {
        assert_eq!(smtpcodes_result::from_int(a.int()), Some(*a));
        for b in &all[i + 1..] {
            assert_ne!(a.int(), b.int());
            assert_ne!(a.message(), b.message());
        }
    }
    assert_eq!(smtpcodes_result::from_int(1), None);
}

#[test]
fn explanation_strings_are_static_when_the_catalog_has_them() {
    let e =
        explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown").unwrap();
    let x = smtpcodes_explanation::new(&e);
    assert!(matches!(x.sisimai, Cow::Borrowed(_)));
    eq(&x.sisimai, "userunknown");
    let e = explain("250 OK").unwrap();
    let x = smtpcodes_explanation::new(&e);
    eq(&x.sisimai, e.sisimai_reason());
    let e = explain("452 4.2.2 The email account that you tried to reach is over quota").unwrap();
    let x = smtpcodes_explanation::new(&e);
    if let Evidence::Phrase(p) = e.evidence() {
        let phrase = x.evidence_phrase.as_ref().unwrap();
        assert!(matches!(phrase, Cow::Borrowed(_)));
        eq(phrase, p.phrase());
    }
    assert_eq!(&x.text[x.text.len() - 1..], b"\0");
}
