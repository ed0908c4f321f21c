//! Validation of the catalog, one function per section. Every rule reports the entry (list,
//! index, code and id) and the field at fault, and all problems are reported at once, not
//! just the first. What passes is lowered into the typed `model`, which the generators read.

use crate::model::{
    camel_case, Alias, Basic, BounceMarkers, CodeKey, CodeReason, Command, Digit, Enhanced,
    EnhancedKey, Model, Pattern, Reason, Status, Text, VendorNote,
};
use crate::yaml::{self, Catalog, VendorNoteDef};
use std::collections::BTreeSet;

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

/// The reasons the core's code names: every other reason is data.
const REQUIRED_REASONS: [&str; 2] = ["other", "none"];

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

/// The normal form the matcher sees: ASCII lower-cased, white space runs as one space.
pub fn normalize_phrase(s: &str) -> String {
    s.split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
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

/// Every problem found so far.
struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, entry: &str, field: &str, msg: impl std::fmt::Display) {
        self.0.push(format!("{entry}: field `{field}`: {msg}"));
    }

    fn texts(&mut self, entry: &str, en: &str, es: &str) -> Text {
        if en.trim().is_empty() {
            self.add(entry, "en", "missing English text");
        }
        if es.trim().is_empty() {
            self.add(entry, "es", "missing Spanish text");
        }
        Text {
            en: en.to_string(),
            es: es.to_string(),
        }
    }

    fn status(&mut self, entry: &str, status: &str) -> Status {
        match Status::ALL.iter().find(|(_, id)| *id == status) {
            Some((s, _)) => *s,
            None => {
                let ids: Vec<&str> = Status::ALL.iter().map(|p| p.1).collect();
                self.add(
                    entry,
                    "status",
                    format!("unknown status {status:?}: expected one of {ids:?}"),
                );
                Status::Obsolete
            }
        }
    }

    fn refs(&mut self, entry: &str, refs: &[String]) -> Vec<String> {
        if refs.is_empty() || refs.iter().any(|r| r.trim().is_empty()) {
            self.add(
                entry,
                "refs",
                "at least one non-empty reference is required",
            );
        }
        refs.to_vec()
    }

    fn notes(&mut self, entry: &str, notes: &[VendorNoteDef]) -> Vec<VendorNote> {
        let mut out = Vec::new();
        for (i, n) in notes.iter().enumerate() {
            let e = format!("{entry} vendor_notes[{i}]");
            if n.source.trim().is_empty() {
                self.add(&e, "source", "missing source");
            }
            out.push(VendorNote {
                source: n.source.clone(),
                description: self.texts(&e, &n.en, &n.es),
            });
        }
        out
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

    fn sisimai(&mut self, entry: &str, name: &str) {
        if !SISIMAI_REASONS.contains(&name) {
            self.add(
                entry,
                "sisimai",
                format!("{name:?} is not a sisimai reason"),
            );
        }
    }
}

/// Checks every rule; returns all problems found, or the lowered model.
pub fn validate(c: &Catalog) -> Result<Model, Vec<String>> {
    let mut p = Problems(Vec::new());
    header(&mut p, c);
    let classes = digit_table(&mut p, "classes", &c.classes, &CLASS_IDS);
    let categories = digit_table(&mut p, "categories", &c.categories, &CATEGORY_IDS);
    let subjects = subject_table(&mut p, &c.subjects);
    let bounce_soft = p.texts("bounces.soft", &c.bounces.soft.en, &c.bounces.soft.es);
    let bounce_hard = p.texts("bounces.hard", &c.bounces.hard.en, &c.bounces.hard.es);
    let basic_codes = basic_codes(&mut p, &c.basic_codes);
    let known_basic: BTreeSet<u16> = basic_codes.iter().map(|b| b.code).collect();
    let enhanced_codes = enhanced_codes(&mut p, &c.enhanced_codes, &known_basic);
    let aliases = aliases(&mut p, &c.aliases, &enhanced_codes);
    let any_command_errors = any_command_errors(&mut p, &c.any_command_errors, &known_basic);
    let commands = commands(&mut p, &c.commands, &known_basic);
    let reasons = reasons(&mut p, &c.reasons);
    sisimai_hard_bounces(&mut p, &c.sisimai_hard_bounces, &reasons);
    let code_reasons = code_reasons(
        &mut p,
        &c.code_reasons,
        &c.default_priorities,
        &reasons,
        &known_basic,
        &enhanced_codes,
    );
    let patterns = patterns(&mut p, &c.patterns, &c.default_priorities, &reasons);
    let bounce_markers = bounce_markers(&mut p, &c.bounce_markers);
    if !p.0.is_empty() {
        return Err(p.0);
    }
    Ok(Model {
        catalog_version: c.catalog_version.clone(),
        iana_registry_date: c.iana_registry_date.clone(),
        classes,
        categories,
        subjects,
        bounce_soft,
        bounce_hard,
        basic_codes,
        aliases,
        enhanced_codes,
        any_command_errors,
        commands,
        reasons,
        sisimai_hard_always: c.sisimai_hard_bounces.always.clone(),
        sisimai_hard_when_permanent: c.sisimai_hard_bounces.when_permanent.clone(),
        code_reasons,
        patterns,
        bounce_markers,
    })
}

/// Markers of bounce messages: non-empty, lower case, once each, with a source.
fn bounce_markers(p: &mut Problems, m: &yaml::BounceMarkersDef) -> BounceMarkers {
    let mut list = |name: &str, markers: &[yaml::MarkerDef]| -> Vec<String> {
        let mut seen = BTreeSet::new();
        for (i, marker) in markers.iter().enumerate() {
            let entry = format!("bounce_markers.{name}[{i}] ({:?})", marker.text);
            if marker.text.trim().is_empty() || marker.text.chars().any(char::is_uppercase) {
                p.add(&entry, "text", "expected non-empty lower-case text");
            }
            if !seen.insert(marker.text.clone()) {
                p.add(&entry, "text", "duplicate marker");
            }
            if marker.source.trim().is_empty() {
                p.add(&entry, "source", "missing source");
            }
        }
        markers.iter().map(|m| m.text.clone()).collect()
    };
    BounceMarkers {
        copy_markers: list("copy_markers", &m.copy_markers),
        recipient_labels: list("recipient_labels", &m.recipient_labels),
        subjects: list("subjects", &m.subjects),
        openings: list("openings", &m.openings),
        auto_reply_subjects: list("auto_reply_subjects", &m.auto_reply_subjects),
        feedback_subjects: list("feedback_subjects", &m.feedback_subjects),
    }
}

/// The catalog's version and the registry's date.
fn header(p: &mut Problems, c: &Catalog) {
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
}

/// A table of digit meanings, each digit once, in order, with the identifiers expected.
fn digit_table(
    p: &mut Problems,
    list: &str,
    entries: &[yaml::DigitDef],
    expected: &[(u8, &str)],
) -> Vec<Digit> {
    let mut out = Vec::new();
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
        out.push(Digit {
            digit: d.digit,
            id: d.id.clone(),
            name: d.name.clone(),
            description: p.texts(&entry, &d.en, &d.es),
        });
    }
    let digits: Vec<u8> = entries.iter().map(|d| d.digit).collect();
    let want: Vec<u8> = expected.iter().map(|(d, _)| *d).collect();
    if digits != want {
        p.0.push(format!(
            "{list}: expected digits {want:?} once each, in order; found {digits:?}"
        ));
    }
    out
}

/// The subjects 0 to 7 of enhanced codes; their identifiers are the catalog's own.
fn subject_table(p: &mut Problems, entries: &[yaml::DigitDef]) -> Vec<Digit> {
    let expected: Vec<(u8, &str)> = (0..8u8)
        .map(|d| {
            let id = entries.iter().find(|s| s.digit == d).map_or("", |s| &s.id);
            (d, id)
        })
        .collect();
    digit_table(p, "subjects", entries, &expected)
}

fn basic_codes(p: &mut Problems, list: &[yaml::BasicDef]) -> Vec<Basic> {
    let mut ids = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut previous = 0;
    let mut out = Vec::new();
    for (i, b) in list.iter().enumerate() {
        let entry = format!("basic_codes[{i}] ({} {})", b.code, b.id);
        if !(200..=599).contains(&b.code) {
            p.add(
                &entry,
                "code",
                format!("{} is not a three-digit code from 200 to 599", b.code),
            );
        }
        if !seen.insert(b.code) {
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
        out.push(Basic {
            code: b.code,
            id: b.id.clone(),
            text: b.text.clone(),
            status: p.status(&entry, &b.status),
            refs: p.refs(&entry, &b.refs),
            description: p.texts(&entry, &b.en, &b.es),
            vendor_notes: p.notes(&entry, &b.vendor_notes),
        });
    }
    out
}

fn enhanced_codes(
    p: &mut Problems,
    list: &[yaml::EnhancedDef],
    known_basic: &BTreeSet<u16>,
) -> Vec<Enhanced> {
    let mut ids = BTreeSet::new();
    let mut out: Vec<Enhanced> = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let entry = format!("enhanced_codes[{i}] ({} {})", e.code, e.id);
        let key = parse_enhanced(&e.code, true).unwrap_or_else(|| {
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
        });
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
        for other in &out {
            let overlaps = other.key.class == key.class
                && other.key.subject == key.subject
                && key.detail <= other.through
                && other.key.detail <= through;
            if overlaps {
                p.add(
                    &entry,
                    "code",
                    format!(
                        "duplicate or overlapping code: {} ({}) already covers it",
                        other.key, other.id
                    ),
                );
            }
        }
        if let Some(prev) = out.last() {
            let order = |k: EnhancedKey| (k.subject, k.detail, k.class.unwrap_or(0));
            if order(key) < order(prev.key) {
                p.add(
                    &entry,
                    "code",
                    "out of order: sort by subject, detail, then class (X first)",
                );
            }
        }
        p.identifier(&entry, &e.id, &mut ids);
        let status = p.status(&entry, &e.status);
        // The registry leaves the sample text of some deprecated entries empty (X.6.10).
        if e.text.trim().is_empty() && status != Status::Obsolete {
            p.add(&entry, "text", "missing sample text");
        }
        if e.any_basic_code && !e.basic.is_empty() {
            p.add(
                &entry,
                "any_basic_code",
                "an entry associated with any basic code lists none in `basic`",
            );
        }
        for b in &e.basic {
            if !known_basic.contains(b) {
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
        out.push(Enhanced {
            key,
            through,
            notation: match e.through {
                Some(t) => format!("{}-{t}", e.code),
                None => e.code.clone(),
            },
            id: e.id.clone(),
            text: e.text.clone(),
            basic: e.basic.clone(),
            any_basic_code: e.any_basic_code,
            status,
            refs: p.refs(&entry, &e.refs),
            description: p.texts(&entry, &e.en, &e.es),
            vendor_notes: p.notes(&entry, &e.vendor_notes),
        });
    }
    out
}

/// Whether an enhanced key is covered by an entry of the catalog.
fn is_known(enhanced: &[Enhanced], key: EnhancedKey) -> bool {
    enhanced.iter().any(|e| e.key.covers(e.through, key))
}

/// Dotless numbers: each must be its enhanced code's digits, and the code must exist.
fn aliases(p: &mut Problems, list: &[yaml::AliasDef], enhanced: &[Enhanced]) -> Vec<Alias> {
    let mut codes = BTreeSet::new();
    let mut out = Vec::new();
    for (i, a) in list.iter().enumerate() {
        let entry = format!("aliases[{i}] ({} -> {})", a.code, a.enhanced);
        if !codes.insert(a.code) {
            p.add(&entry, "code", format!("duplicate alias {}", a.code));
        }
        let key = parse_enhanced(&a.enhanced, false);
        match key {
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
                if !is_known(enhanced, k) {
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
        let description = p.texts(&entry, &a.en, &a.es);
        let k = key.unwrap_or(EnhancedKey {
            class: Some(5),
            subject: 0,
            detail: 0,
        });
        out.push(Alias {
            code: a.code,
            class: k.class.unwrap_or(5),
            subject: k.subject,
            detail: k.detail,
            source: a.source.clone(),
            description,
        });
    }
    out
}

fn any_command_errors(p: &mut Problems, list: &[u16], known_basic: &BTreeSet<u16>) -> Vec<u16> {
    for code in list {
        if !known_basic.contains(code) {
            p.add(
                "any_command_errors",
                "any_command_errors",
                format!("unknown basic code {code}"),
            );
        }
    }
    list.to_vec()
}

fn commands(
    p: &mut Problems,
    list: &[yaml::CommandDef],
    known_basic: &BTreeSet<u16>,
) -> Vec<Command> {
    let mut names = BTreeSet::new();
    let mut out = Vec::new();
    for (i, cmd) in list.iter().enumerate() {
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
        for (field, list, classes) in [
            ("success", &cmd.success, &[2u16][..]),
            ("intermediate", &cmd.intermediate, &[3]),
            ("error", &cmd.error, &[4, 5]),
        ] {
            for code in list {
                if !known_basic.contains(code) {
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
        out.push(Command {
            name: cmd.command.clone(),
            variant: camel_case(&cmd.command),
            refs: p.refs(&entry, &cmd.refs),
            success: cmd.success.clone(),
            intermediate: cmd.intermediate.clone(),
            error: cmd.error.clone(),
        });
    }
    out
}

/// sisimai's hard-bounce names are sisimai's, and each reason's `sisimai_hardbounce` flag (a
/// permanent failure with it is hard for sisimai) agrees with them: one rule, not two.
fn sisimai_hard_bounces(p: &mut Problems, hard: &yaml::SisimaiHardDef, reasons: &[Reason]) {
    for (list, names) in [
        ("always", &hard.always),
        ("when_permanent", &hard.when_permanent),
    ] {
        for name in names {
            p.sisimai(&format!("sisimai_hard_bounces.{list}"), name);
        }
    }
    for (i, r) in reasons.iter().enumerate() {
        let listed = hard.always.contains(&r.sisimai) || hard.when_permanent.contains(&r.sisimai);
        if listed != r.sisimai_hardbounce {
            p.add(
                &format!("reasons[{i}] ({})", r.id),
                "sisimai_hardbounce",
                format!(
                    "must be {listed}: sisimai_hard_bounces {} `{}`",
                    if listed { "lists" } else { "does not list" },
                    r.sisimai
                ),
            );
        }
    }
}

/// The explain taxonomy: unique snake_case identifiers, with the two the core names.
fn reasons(p: &mut Problems, list: &[yaml::ReasonDef]) -> Vec<Reason> {
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    for (i, r) in list.iter().enumerate() {
        let entry = format!("reasons[{i}] ({})", r.id);
        let snake = r.id.starts_with(|c: char| c.is_ascii_lowercase())
            && r.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && !r.id.ends_with('_')
            && !r.id.contains("__");
        if !snake {
            p.add(&entry, "id", format!("{:?} is not snake_case", r.id));
        }
        if !ids.insert(r.id.clone()) {
            p.add(&entry, "id", format!("duplicate reason {}", r.id));
        }
        p.sisimai(&entry, &r.sisimai);
        out.push(Reason {
            id: r.id.clone(),
            variant: camel_case(&r.id),
            upper: r.id.to_ascii_uppercase(),
            sisimai: r.sisimai.clone(),
            suppress: r.suppress,
            sisimai_hardbounce: r.sisimai_hardbounce,
            retry: r.retry,
            retry_when_permanent: r.retry_when_permanent,
            description: p.texts(&entry, &r.en, &r.es),
        });
    }
    for required in REQUIRED_REASONS {
        if !ids.contains(required) {
            p.0.push(format!(
                "reasons: `{required}` is required (the reason without evidence, and of success replies)"
            ));
        }
    }
    out
}

fn reason_index(p: &mut Problems, entry: &str, reasons: &[Reason], id: &str) -> usize {
    reasons.iter().position(|r| r.id == id).unwrap_or_else(|| {
        p.add(entry, "reason", format!("unknown reason {id:?}"));
        0
    })
}

fn code_reasons(
    p: &mut Problems,
    list: &[yaml::CodeReasonDef],
    defaults: &yaml::DefaultPriorities,
    reasons: &[Reason],
    known_basic: &BTreeSet<u16>,
    enhanced: &[Enhanced],
) -> Vec<CodeReason> {
    let mut out = Vec::new();
    for (i, cr) in list.iter().enumerate() {
        let entry = format!("code_reasons[{i}] ({})", cr.code);
        let reason = reason_index(p, &entry, reasons, &cr.reason);
        let key = match cr.code.parse::<u16>() {
            Ok(n) if known_basic.contains(&n) => Some(CodeKey::Basic(n)),
            Ok(_) => None,
            Err(_) => parse_enhanced(&cr.code, true)
                .filter(|&k| is_known(enhanced, k))
                .map(CodeKey::Enhanced),
        };
        let Some(key) = key else {
            p.add(
                &entry,
                "code",
                format!("{:?} is not a known basic or enhanced code", cr.code),
            );
            continue;
        };
        let default = match key {
            CodeKey::Basic(_) => defaults.basic_code,
            CodeKey::Enhanced(_) => defaults.enhanced_code,
        };
        if let Some(s) = &cr.sisimai {
            p.sisimai(&entry, s);
        }
        out.push(CodeReason {
            key,
            reason,
            sisimai: cr.sisimai.clone(),
            priority: cr.priority.unwrap_or(default),
            recipient_domain_missing: cr.recipient_domain_missing,
        });
    }
    out
}

fn patterns(
    p: &mut Problems,
    list: &[yaml::PatternDef],
    defaults: &yaml::DefaultPriorities,
    reasons: &[Reason],
) -> Vec<Pattern> {
    let mut phrases = BTreeSet::new();
    let mut out = Vec::new();
    for (i, pat) in list.iter().enumerate() {
        let entry = format!("patterns[{i}] ({:?})", pat.phrase);
        // The matcher folds ASCII case and white space; other letters are matched as written
        // (servers write them in lower case: "usuário", "unbekannt", "宛先"), so a phrase
        // holds no upper-case letter at all.
        if pat.phrase.trim().is_empty()
            || pat.phrase.chars().any(char::is_uppercase)
            || normalize_phrase(&pat.phrase) != pat.phrase
        {
            p.add(
                &entry,
                "phrase",
                "expected non-empty lower-case text with single spaces",
            );
        }
        if !phrases.insert(pat.phrase.clone()) {
            p.add(&entry, "phrase", "duplicate phrase");
        }
        let reason = if pat.reason == "none" {
            p.add(&entry, "reason", "a phrase cannot give the reason `none`");
            0
        } else {
            reason_index(p, &entry, reasons, &pat.reason)
        };
        if let Some(s) = &pat.sisimai {
            p.sisimai(&entry, s);
        }
        if pat.source.trim().is_empty() {
            p.add(&entry, "source", "missing source");
        }
        // The flag only tempers sisimai's rule for unknown users.
        let sisimai_name = pat
            .sisimai
            .as_deref()
            .or_else(|| reasons.get(reason).map(|r| r.sisimai.as_str()));
        if pat.sisimai_any_command && sisimai_name != Some("userunknown") {
            p.add(
                &entry,
                "sisimai_any_command",
                "only a phrase sisimai names `userunknown` can have it",
            );
        }
        out.push(Pattern {
            phrase: pat.phrase.clone(),
            reason,
            sisimai: pat.sisimai.clone(),
            priority: pat.priority.unwrap_or(defaults.phrase),
            recipient_domain_missing: pat.recipient_domain_missing,
            sisimai_any_command: pat.sisimai_any_command,
            source: pat.source.clone(),
        });
    }
    out
}
