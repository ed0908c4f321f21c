//! Validation of the catalog. Every rule reports the entry (list, index, code and id) and the
//! field at fault, and all problems are reported at once, not just the first.

use crate::model::{Catalog, EnhancedDef, VendorNoteDef};
use std::collections::{BTreeMap, BTreeSet};

/// The statuses an entry may have.
pub const STATUSES: [&str; 4] = ["standard", "extension", "non-standard", "obsolete"];

/// The identifiers the first and second digits must have: JSON output and the bindings use them.
pub const CLASS_IDS: [(u8, &str); 4] = [
    (2, "positive_completion"),
    (3, "positive_intermediate"),
    (4, "transient_negative"),
    (5, "permanent_negative"),
];
pub const CATEGORY_IDS: [(u8, &str); 6] = [
    (0, "syntax"),
    (1, "information"),
    (2, "connections"),
    (3, "unspecified_3"),
    (4, "unspecified_4"),
    (5, "mail_system"),
];

/// The explain taxonomy: a public contract (JSON `reason`, Python, C), in this order.
pub const REASON_IDS: [&str; 20] = [
    "user_unknown",
    "mailbox_disabled",
    "mailbox_full",
    "message_too_large",
    "spam_or_content",
    "policy_blocked",
    "rate_limited",
    "greylisted",
    "auth_failed",
    "auth_required",
    "tls_required",
    "relay_denied",
    "sender_rejected",
    "dns_or_routing",
    "expired",
    "not_accepting_mail",
    "syntax",
    "system_error",
    "other",
    "none",
];

/// sisimai's reason names (its 4.x and 5.x vocabularies).
pub const SISIMAI_REASONS: [&str; 38] = [
    "authfailure",
    "badreputation",
    "blocked",
    "contenterror",
    "delivered",
    "emailtoolarge",
    "exceedlimit",
    "expired",
    "failedstarttls",
    "feedback",
    "filtered",
    "hasmoved",
    "hostunknown",
    "mailboxfull",
    "mailererror",
    "mesgtoobig",
    "networkerror",
    "norelaying",
    "notaccept",
    "notcompliantrfc",
    "onhold",
    "policyviolation",
    "ratelimited",
    "rejected",
    "requireptr",
    "securityerror",
    "spamdetected",
    "speeding",
    "suppressed",
    "suspend",
    "syntaxerror",
    "systemerror",
    "systemfull",
    "toomanyconn",
    "undefined",
    "userunknown",
    "vacation",
    "virusdetected",
];

/// The normal form the matcher sees: lower-case ASCII, white space runs as one space.
pub fn normalize_phrase(s: &str) -> String {
    s.split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// An enhanced code as written in the catalog: `X.S.D` (any class) or `C.S.D`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EnhancedKey {
    pub subject: u16,
    pub detail: u16,
    /// `None` for `X.`: every class.
    pub class: Option<u8>,
}

/// RFC 3463's `1*3digit` without leading zeros.
fn rfc3463_number(s: &str) -> Option<u16> {
    let ok = !s.is_empty()
        && s.len() <= 3
        && s.bytes().all(|b| b.is_ascii_digit())
        && !(s.len() > 1 && s.starts_with('0'));
    ok.then(|| s.parse().ok()).flatten()
}

/// Parses `X.1.1` (when `allow_x`) or `5.1.1`.
pub fn parse_enhanced(s: &str, allow_x: bool) -> Option<EnhancedKey> {
    let mut parts = s.split('.');
    let (c, subj, det) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let class = match c {
        "X" if allow_x => None,
        "2" | "4" | "5" => Some(c.as_bytes()[0] - b'0'),
        _ => return None,
    };
    Some(EnhancedKey {
        subject: rfc3463_number(subj)?,
        detail: rfc3463_number(det)?,
        class,
    })
}

struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, entry: &str, field: &str, msg: impl std::fmt::Display) {
        self.0.push(format!("{entry}: field `{field}`: {msg}"));
    }

    fn texts(&mut self, entry: &str, en: &str, es: &str) {
        if en.trim().is_empty() {
            self.add(entry, "en", "missing English text");
        }
        if es.trim().is_empty() {
            self.add(entry, "es", "missing Spanish text");
        }
    }

    fn status(&mut self, entry: &str, status: &str) {
        if !STATUSES.contains(&status) {
            self.add(
                entry,
                "status",
                format!("unknown status {status:?}: expected one of {STATUSES:?}"),
            );
        }
    }

    fn refs(&mut self, entry: &str, refs: &[String]) {
        if refs.is_empty() || refs.iter().any(|r| r.trim().is_empty()) {
            self.add(
                entry,
                "refs",
                "at least one non-empty reference is required",
            );
        }
    }

    fn notes(&mut self, entry: &str, notes: &[VendorNoteDef]) {
        for (i, n) in notes.iter().enumerate() {
            let e = format!("{entry} vendor_notes[{i}]");
            if n.source.trim().is_empty() {
                self.add(&e, "source", "missing source");
            }
            self.texts(&e, &n.en, &n.es);
        }
    }

    fn identifier(&mut self, entry: &str, id: &str, seen: &mut BTreeSet<String>) {
        let well_formed = id.starts_with(|c: char| c.is_ascii_uppercase())
            && id
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            && !id.ends_with('_')
            && !id.contains("__");
        if !well_formed {
            self.add(entry, "id", format!("{id:?} is not SCREAMING_SNAKE_CASE"));
        }
        if !seen.insert(id.to_string()) {
            self.add(entry, "id", format!("duplicate identifier {id}"));
        }
    }
}

fn digit_table(
    p: &mut Problems,
    list: &str,
    entries: &[crate::model::DigitDef],
    expected: &[(u8, &str)],
) {
    for (i, d) in entries.iter().enumerate() {
        let entry = format!("{list}[{i}] (digit {})", d.digit);
        match expected.iter().find(|(digit, _)| *digit == d.digit) {
            None => p.add(
                &entry,
                "digit",
                format!("digit {} has no meaning here", d.digit),
            ),
            Some((_, id)) if *id != d.id => p.add(
                &entry,
                "id",
                format!("{:?} contradicts digit {}: expected {id:?}", d.id, d.digit),
            ),
            Some(_) => {}
        }
        if d.name.trim().is_empty() {
            p.add(&entry, "name", "missing name");
        }
        p.texts(&entry, &d.en, &d.es);
    }
    let digits: Vec<u8> = entries.iter().map(|d| d.digit).collect();
    let want: Vec<u8> = expected.iter().map(|(d, _)| *d).collect();
    if digits != want {
        p.0.push(format!(
            "{list}: expected digits {want:?} once each, in order; found {digits:?}"
        ));
    }
}

fn enhanced_label(i: usize, e: &EnhancedDef) -> String {
    format!("enhanced_codes[{i}] ({} {})", e.code, e.id)
}

/// Checks every rule; returns all problems found, or the enhanced keys parsed on the way.
pub fn validate(c: &Catalog) -> Result<Vec<EnhancedKey>, Vec<String>> {
    let mut p = Problems(Vec::new());

    if c.catalog_version.split('.').count() != 3 {
        p.add("catalog", "catalog_version", "expected MAJOR.MINOR.PATCH");
    }
    let date_ok = c.iana_registry_date.len() == 10
        && c.iana_registry_date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !date_ok {
        p.add("catalog", "iana_registry_date", "expected YYYY-MM-DD");
    }

    digit_table(&mut p, "classes", &c.classes, &CLASS_IDS);
    digit_table(&mut p, "categories", &c.categories, &CATEGORY_IDS);
    let subject_ids: Vec<(u8, &str)> = c
        .subjects
        .iter()
        .map(|s| (s.digit, s.id.as_str()))
        .collect();
    let expected_subjects: Vec<(u8, &str)> = (0..8u8)
        .map(|d| {
            (
                d,
                subject_ids
                    .iter()
                    .find(|(x, _)| *x == d)
                    .map_or("", |s| s.1),
            )
        })
        .collect();
    digit_table(&mut p, "subjects", &c.subjects, &expected_subjects);
    p.texts("bounces.soft", &c.bounces.soft.en, &c.bounces.soft.es);
    p.texts("bounces.hard", &c.bounces.hard.en, &c.bounces.hard.es);

    // Basic codes.
    let mut ids = BTreeSet::new();
    let mut basic: BTreeMap<u16, usize> = BTreeMap::new();
    let mut previous = 0;
    for (i, b) in c.basic_codes.iter().enumerate() {
        let entry = format!("basic_codes[{i}] ({} {})", b.code, b.id);
        if !(200..=599).contains(&b.code) {
            p.add(
                &entry,
                "code",
                format!("{} is not a three-digit code from 200 to 599", b.code),
            );
        }
        if basic.insert(b.code, i).is_some() {
            p.add(&entry, "code", format!("duplicate code {}", b.code));
        } else if b.code < previous {
            p.add(
                &entry,
                "code",
                format!("out of order: {} after {previous}", b.code),
            );
        }
        previous = b.code;
        p.identifier(&entry, &b.id, &mut ids);
        if b.text.trim().is_empty() {
            p.add(&entry, "text", "missing standard text");
        }
        p.status(&entry, &b.status);
        p.refs(&entry, &b.refs);
        p.texts(&entry, &b.en, &b.es);
        p.notes(&entry, &b.vendor_notes);
    }

    // Enhanced codes.
    let mut keys = Vec::new();
    let mut enhanced_ids = BTreeSet::new();
    let mut covered: Vec<(EnhancedKey, u16, String)> = Vec::new();
    for (i, e) in c.enhanced_codes.iter().enumerate() {
        let entry = enhanced_label(i, e);
        let key = match parse_enhanced(&e.code, true) {
            Some(k) => k,
            None => {
                p.add(
                    &entry,
                    "code",
                    format!(
                        "{:?} is not X.S.D or C.S.D (class 2, 4 or 5; subject and detail 1 to 3 digits, no leading zeros)",
                        e.code
                    ),
                );
                EnhancedKey {
                    subject: 0,
                    detail: 0,
                    class: Some(0),
                }
            }
        };
        let through = e.through.unwrap_or(key.detail);
        if through < key.detail || through > 999 {
            p.add(
                &entry,
                "through",
                format!(
                    "{through} must be between the detail {} and 999",
                    key.detail
                ),
            );
        }
        for (other, other_through, other_entry) in &covered {
            let same_class = other.class == key.class;
            if same_class
                && other.subject == key.subject
                && key.detail <= *other_through
                && other.detail <= through
            {
                p.add(
                    &entry,
                    "code",
                    format!(
                        "duplicate or overlapping code: {} already covers it",
                        other_entry
                    ),
                );
            }
        }
        if let Some(&(prev, _, _)) = covered.last() {
            let order = |k: EnhancedKey| (k.subject, k.detail, k.class.unwrap_or(0));
            if order(key) < order(prev) {
                p.add(
                    &entry,
                    "code",
                    "out of order: sort by subject, detail, then class (X first)",
                );
            }
        }
        covered.push((key, through, format!("{} ({})", e.code, e.id)));
        keys.push(key);
        p.identifier(&entry, &e.id, &mut enhanced_ids);
        if e.text.trim().is_empty() {
            p.add(&entry, "text", "missing sample text");
        }
        p.status(&entry, &e.status);
        p.refs(&entry, &e.refs);
        p.texts(&entry, &e.en, &e.es);
        p.notes(&entry, &e.vendor_notes);
        for b in &e.basic {
            if !basic.contains_key(b) {
                p.add(
                    &entry,
                    "basic",
                    format!("associated basic code {b} is not in basic_codes"),
                );
            } else if let Some(class) = key.class {
                if (b / 100) as u8 != class {
                    p.add(
                        &entry,
                        "basic",
                        format!("associated basic code {b} contradicts class {class}"),
                    );
                }
            }
        }
    }

    // Aliases: the dotless number must be the enhanced code's digits, and the code must exist.
    let mut alias_codes = BTreeSet::new();
    for (i, a) in c.aliases.iter().enumerate() {
        let entry = format!("aliases[{i}] ({} -> {})", a.code, a.enhanced);
        if !alias_codes.insert(a.code) {
            p.add(&entry, "code", format!("duplicate alias {}", a.code));
        }
        match parse_enhanced(&a.enhanced, false) {
            None => p.add(
                &entry,
                "enhanced",
                format!("{:?} is not an enhanced code C.S.D", a.enhanced),
            ),
            Some(k) => {
                let digits = (k.class.unwrap_or(0) as u16, k.subject, k.detail);
                if digits != (a.code / 100, a.code / 10 % 10, a.code % 10) {
                    p.add(
                        &entry,
                        "enhanced",
                        format!("{} contradicts the digits of {}", a.enhanced, a.code),
                    );
                }
                let known = covered.iter().any(|(o, through, _)| {
                    (o.class.is_none() || o.class == k.class)
                        && o.subject == k.subject
                        && (o.detail..=*through).contains(&k.detail)
                });
                if !known {
                    p.add(
                        &entry,
                        "enhanced",
                        format!("alias points to unknown code {}", a.enhanced),
                    );
                }
            }
        }
        if !(200..=599).contains(&a.code) {
            p.add(&entry, "code", "not a three-digit code from 200 to 599");
        }
        if a.source.trim().is_empty() {
            p.add(&entry, "source", "missing source");
        }
        p.texts(&entry, &a.en, &a.es);
    }

    // Commands.
    for code in &c.any_command_errors {
        if !basic.contains_key(code) {
            p.add(
                "any_command_errors",
                "any_command_errors",
                format!("unknown basic code {code}"),
            );
        }
    }
    let mut names = BTreeSet::new();
    for (i, cmd) in c.commands.iter().enumerate() {
        let entry = format!("commands[{i}] ({})", cmd.command);
        let ok_name = !cmd.command.is_empty()
            && cmd
                .command
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'_');
        if !ok_name {
            p.add(&entry, "command", "expected an upper-case command name");
        }
        if !names.insert(cmd.command.clone()) {
            p.add(&entry, "command", "duplicate command");
        }
        p.refs(&entry, &cmd.refs);
        for (field, list, classes) in [
            ("success", &cmd.success, &[2u16][..]),
            ("intermediate", &cmd.intermediate, &[3]),
            ("error", &cmd.error, &[4, 5]),
        ] {
            for code in list {
                if !basic.contains_key(code) {
                    p.add(&entry, field, format!("unknown basic code {code}"));
                } else if !classes.contains(&(code / 100)) {
                    p.add(
                        &entry,
                        field,
                        format!("{code} contradicts the role {field}"),
                    );
                }
            }
        }
    }

    // Explain: the taxonomy, code defaults and phrases.
    let ids: Vec<&str> = c.reasons.iter().map(|r| r.id.as_str()).collect();
    if ids != REASON_IDS {
        p.0.push(format!(
            "reasons: expected exactly {REASON_IDS:?} in that order; found {ids:?}"
        ));
    }
    for (i, r) in c.reasons.iter().enumerate() {
        let entry = format!("reasons[{i}] ({})", r.id);
        if !SISIMAI_REASONS.contains(&r.sisimai.as_str()) {
            p.add(
                &entry,
                "sisimai",
                format!("{:?} is not a sisimai reason", r.sisimai),
            );
        }
        p.texts(&entry, &r.en, &r.es);
    }
    for (i, cr) in c.code_reasons.iter().enumerate() {
        let entry = format!("code_reasons[{i}] ({})", cr.code);
        if !REASON_IDS.contains(&cr.reason.as_str()) {
            p.add(&entry, "reason", format!("unknown reason {:?}", cr.reason));
        }
        let known = match cr.code.parse::<u16>() {
            Ok(n) => basic.contains_key(&n),
            Err(_) => parse_enhanced(&cr.code, true).is_some_and(|k| {
                covered.iter().any(|(o, through, _)| {
                    (o.class.is_none() || k.class.is_none() || o.class == k.class)
                        && o.subject == k.subject
                        && (o.detail..=*through).contains(&k.detail)
                })
            }),
        };
        if !known {
            p.add(
                &entry,
                "code",
                format!("{:?} is not a known basic or enhanced code", cr.code),
            );
        }
    }
    let mut phrases = BTreeSet::new();
    for (i, pat) in c.patterns.iter().enumerate() {
        let entry = format!("patterns[{i}] ({:?})", pat.phrase);
        if pat.phrase.trim().is_empty()
            || !pat.phrase.is_ascii()
            || normalize_phrase(&pat.phrase) != pat.phrase
        {
            p.add(
                &entry,
                "phrase",
                "expected non-empty lower-case ASCII with single spaces",
            );
        }
        if !phrases.insert(pat.phrase.clone()) {
            p.add(&entry, "phrase", "duplicate phrase");
        }
        if !REASON_IDS.contains(&pat.reason.as_str()) || pat.reason == "none" {
            p.add(&entry, "reason", format!("unknown reason {:?}", pat.reason));
        }
        if let Some(s) = &pat.sisimai {
            if !SISIMAI_REASONS.contains(&s.as_str()) {
                p.add(&entry, "sisimai", format!("{s:?} is not a sisimai reason"));
            }
        }
        if pat.source.trim().is_empty() {
            p.add(&entry, "source", "missing source");
        }
    }

    if p.0.is_empty() {
        Ok(keys)
    } else {
        Err(p.0)
    }
}
