//! JSON renderings of the catalog and of what the core computes: the one serializer that the
//! CLI prints and the Python binding returns. Field names are a documented contract (README,
//! "JSON output"). The cross-language tests build the catalog from each language's own
//! accessors and compare it with [`catalog`], so this crate is not checked against itself.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use serde::Serialize;
use serde_json::{json, Value};
use smtp_codes::catalog::{self, CATALOG_VERSION, IANA_REGISTRY_DATE};
use smtp_codes::commands::{any_command_errors, commands};
use smtp_codes::explain::Explanation;
use smtp_codes::log::{LogRecord, Summary};
use smtp_codes::message::BounceReport;
use smtp_codes::{
    Alias, BasicEntry, Bounce, DigitEntry, EnhancedEntry, Lang, Reply, ReplyCode, VendorNote,
};

fn both(f: impl Fn(Lang) -> &'static str) -> Value {
    json!({ "en": f(Lang::En), "es": f(Lang::Es) })
}

fn codes(list: impl Iterator<Item = ReplyCode>) -> Value {
    list.map(|c| c.as_u16()).collect()
}

fn digit(d: &DigitEntry) -> Value {
    json!({ "digit": d.digit(), "id": d.id(), "name": d.name(), "description": both(|l| d.description(l)) })
}

fn notes(list: &[VendorNote]) -> Value {
    list.iter()
        .map(|n| json!({ "source": n.source(), "description": both(|l| n.description(l)) }))
        .collect()
}

/// A basic code's full entry, both languages.
pub fn basic(e: &BasicEntry) -> Value {
    let code = e.code();
    json!({
        "code": code.as_u16(),
        "name": e.name(),
        "text": e.text(),
        "class": code.class().as_str(),
        "category": code.category().as_str(),
        "status": e.status().as_str(),
        "references": e.references(),
        "description": both(|l| e.description(l)),
        "vendor_notes": notes(e.vendor_notes()),
    })
}

/// An enhanced code's full entry, both languages.
pub fn enhanced(e: &EnhancedEntry) -> Value {
    json!({
        "code": e.notation(),
        "class": e.class().map(|c| c.digit()),
        "subject": e.subject(),
        "detail": e.detail(),
        "detail_through": e.detail_through(),
        "name": e.name(),
        "text": e.text(),
        "basic_codes": codes(e.associated_basic_codes()),
        "any_basic_code": e.any_basic_code(),
        "status": e.status().as_str(),
        "references": e.references(),
        "description": both(|l| e.description(l)),
        "vendor_notes": notes(e.vendor_notes()),
    })
}

/// A dotless alias, both languages.
pub fn alias(a: &Alias) -> Value {
    json!({
        "code": a.code().as_u16(),
        "enhanced": a.enhanced().to_string(),
        "source": a.source(),
        "description": both(|l| a.description(l)),
    })
}

/// The whole catalog: the reference the bindings are compared with.
pub fn catalog() -> Value {
    json!({
        "catalog_version": CATALOG_VERSION,
        "iana_registry_date": IANA_REGISTRY_DATE,
        "classes": catalog::classes().iter().map(digit).collect::<Value>(),
        "categories": catalog::categories().iter().map(digit).collect::<Value>(),
        "subjects": catalog::subjects().iter().map(digit).collect::<Value>(),
        "bounces": {
            "soft": both(|l| Bounce::Soft.description(l)),
            "hard": both(|l| Bounce::Hard.description(l)),
        },
        "basic_codes": catalog::basic_codes().iter().map(basic).collect::<Value>(),
        "aliases": catalog::aliases().iter().map(alias).collect::<Value>(),
        "enhanced_codes": catalog::enhanced_codes().iter().map(enhanced).collect::<Value>(),
        "reasons": smtp_codes::explain::Reason::all().map(|r| json!({
            "id": r.as_str(),
            "sisimai": r.sisimai(),
            "suppress": r.suppresses(),
            "sisimai_hardbounce": r.sisimai_hardbounce(),
            "description": both(|l| r.description(l)),
        })).collect::<Value>(),
        "any_command_errors": codes(any_command_errors()),
        "commands": commands().iter().map(|c| json!({
            "command": c.name(),
            "references": c.references(),
            "success": codes(c.success()),
            "intermediate": codes(c.intermediate()),
            "error": codes(c.errors()),
        })).collect::<Value>(),
    })
}

/// One row of `list`, in one language.
pub fn list_basic(e: &BasicEntry, lang: Lang) -> Value {
    let code = e.code();
    json!({
        "code": code.as_u16(),
        "enhanced": null,
        "name": e.name(),
        "class": code.class().as_str(),
        "category": code.category().as_str(),
        "text": e.text(),
        "description": e.description(lang),
        "status": e.status().as_str(),
        "references": e.references(),
        "retry": code.is_transient(),
    })
}

/// One enhanced row of `list`, in one language.
pub fn list_enhanced(e: &EnhancedEntry, lang: Lang) -> Value {
    let class = e.class().map(|c| c.reply_class().as_str());
    json!({
        "code": null,
        "enhanced": e.notation(),
        "name": e.name(),
        "class": class,
        "category": smtp_codes::catalog::subjects().get(e.subject() as usize).map(|s| s.id()),
        "text": e.text(),
        "description": e.description(lang),
        "status": e.status().as_str(),
        "references": e.references(),
        "retry": e.class().map(|c| c.digit() == 4),
    })
}

/// The verdict on one input: the compact fields a program acts on.
#[derive(Serialize)]
struct Verdict<'a> {
    input: &'a str,
    kind: &'static str,
    code: Option<u16>,
    enhanced: Option<String>,
    class: Option<&'static str>,
    bounce: &'static str,
    retry: bool,
    reason: &'static str,
    sisimai_reason: &'static str,
    suppress: bool,
    sisimai_hardbounce: bool,
    evidence: String,
    server_text: &'a str,
    name: Option<&'static str>,
    enhanced_name: Option<&'static str>,
    #[serde(flatten)]
    details: Option<Details>,
}

/// What `--details` adds: the catalog's entries for the codes, in one language.
#[derive(Serialize)]
struct Details {
    category: Option<&'static str>,
    subject: Option<&'static str>,
    status: Option<&'static str>,
    pairing: Option<&'static str>,
    text: Option<&'static str>,
    description: Option<&'static str>,
    enhanced_text: Option<&'static str>,
    enhanced_description: Option<&'static str>,
    reason_description: &'static str,
    references: Vec<&'static str>,
    vendor_notes: Vec<Note>,
    alias: Option<AliasNote>,
}

#[derive(Serialize)]
struct Note {
    source: &'static str,
    description: &'static str,
}

#[derive(Serialize)]
struct AliasNote {
    enhanced: String,
    source: &'static str,
    description: &'static str,
}

fn details(e: &Explanation<'_>, lang: Lang) -> Details {
    let code_entry = e.code_entry();
    let enhanced_entry = e.enhanced_entry();
    let basic_refs = code_entry.map_or(&[][..], |c| c.references());
    let enhanced_refs = enhanced_entry.map_or(&[][..], |x| x.references());
    let basic_notes = code_entry.map_or(&[][..], |c| c.vendor_notes());
    let enhanced_notes = enhanced_entry.map_or(&[][..], |x| x.vendor_notes());
    Details {
        category: e.category().map(|c| c.as_str()),
        subject: e.enhanced().and_then(|x| x.subject_info()).map(|s| s.id()),
        status: code_entry.map(|c| c.status().as_str()),
        pairing: e.pairing().map(|p| p.as_str()),
        text: code_entry
            .map(|c| c.text())
            .or(enhanced_entry.map(|x| x.text())),
        description: code_entry
            .map(|c| c.description(lang))
            .or(enhanced_entry.map(|x| x.description(lang)))
            .or(e.alias().map(|a| a.description(lang))),
        enhanced_text: enhanced_entry.map(|x| x.text()),
        enhanced_description: enhanced_entry.map(|x| x.description(lang)),
        reason_description: e.reason().description(lang),
        references: basic_refs.iter().chain(enhanced_refs).copied().collect(),
        vendor_notes: basic_notes
            .iter()
            .chain(enhanced_notes)
            .map(|n| Note {
                source: n.source(),
                description: n.description(lang),
            })
            .collect(),
        alias: e.alias().map(|a| AliasNote {
            enhanced: a.enhanced().to_string(),
            source: a.source(),
            description: a.description(lang),
        }),
    }
}

fn verdict<'a>(input: &'a str, e: &'a Explanation<'a>, lang: Lang, full: bool) -> Verdict<'a> {
    Verdict {
        input,
        kind: e.kind().as_str(),
        code: e.code().map(|c| c.as_u16()),
        enhanced: e.enhanced().map(|c| c.to_string()),
        class: e.class().map(|c| c.as_str()),
        bounce: e.bounce().map_or("none", |b| b.as_str()),
        retry: e.retry(),
        reason: e.reason().as_str(),
        sisimai_reason: e.sisimai_reason(),
        suppress: e.suppress(),
        sisimai_hardbounce: e.sisimai_hardbounce(),
        evidence: e.evidence().to_string(),
        server_text: e.text(),
        name: e.code_entry().map(|c| c.name()),
        enhanced_name: e.enhanced_entry().map(|x| x.name()),
        details: full.then(|| details(e, lang)),
    }
}

/// The verdict on one input: `input`, `kind`, `code`, `enhanced`, `class`, `bounce`,
/// `retry`, `reason`, `sisimai_reason`, `suppress`, `sisimai_hardbounce`, `evidence`,
/// `server_text`, `name`, `enhanced_name`; with `details`, also `category`, `subject`,
/// `status`, `pairing`, `text`, `description`, `enhanced_text`, `enhanced_description`,
/// `reason_description`, `references`, `vendor_notes` and `alias`, in `lang`.
pub fn explanation(input: &str, e: &Explanation<'_>, lang: Lang, details: bool) -> Value {
    serde_json::to_value(verdict(input, e, lang, details)).expect("a verdict serializes")
}

/// Writes [`explanation`] as one line of JSON, without building a `Value` (for JSON Lines).
pub fn write_explanation(
    out: &mut impl std::io::Write,
    input: &str,
    e: &Explanation<'_>,
    lang: Lang,
    details: bool,
) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, &verdict(input, e, lang, details))?;
    out.write_all(b"\n")
}

/// A parsed reply.
pub fn reply(r: &Reply<'_>) -> Value {
    json!({
        "code": r.code().as_u16(),
        "enhanced": r.enhanced().map(|e| e.to_string()),
        "class": r.code().class().as_str(),
        "category": r.code().category().as_str(),
        "lines": r.lines().collect::<Vec<_>>(),
        "text": r.text(),
        "retry": r.code().is_transient(),
    })
}

/// One recipient of a bounce message, as `smtp-codes bounce --json` prints it: `file`, the
/// report's fields (`message_kind`, `reporting_mta`, `arrival_date`, `original_message_id`,
/// `original_from`, `original_to`, `original_subject`, `feedback_type`), the recipient's
/// (`recipient`, `original_recipient`, `action`, `dsn`, `remote_mta`, `diagnostic_type`,
/// `server_text`, `last_attempt`, `will_retry_until`, `smtp_command`) and its verdict
/// (`code`, `enhanced`, `class`, `bounce`, `retry`, `reason`, `sisimai_reason`, `suppress`,
/// `sisimai_hardbounce`, `evidence`). A report without recipients gives one object with the
/// report's fields alone.
pub fn bounce_records(file: &str, report: &BounceReport) -> Vec<Value> {
    let base = json!({
        "file": file,
        "message_kind": report.kind().as_str(),
        "reporting_mta": report.reporting_mta(),
        "arrival_date": report.arrival_date(),
        "original_message_id": report.original_message_id(),
        "original_from": report.original_from(),
        "original_to": report.original_to(),
        "original_subject": report.original_subject(),
        "feedback_type": report.feedback_type(),
    });
    if report.recipients().is_empty() {
        return vec![base];
    }
    report
        .recipients()
        .iter()
        .map(|r| {
            let v = r.verdict();
            let mut record = base.clone();
            let fields = json!({
                "recipient": r.recipient(),
                "original_recipient": r.original_recipient(),
                "action": r.action().map(|a| a.as_str()),
                "dsn": r.dsn().map(|d| d.to_string()),
                "remote_mta": r.remote_mta(),
                "diagnostic_type": r.diagnostic_type(),
                "server_text": r.server_text(),
                "last_attempt": r.last_attempt(),
                "will_retry_until": r.will_retry_until(),
                "smtp_command": r.smtp_command(),
                "code": v.code().map(|c| c.as_u16()),
                "enhanced": v.enhanced().map(|e| e.to_string()),
                "class": v.class().map(|c| c.as_str()),
                "bounce": v.bounce().map_or("none", |b| b.as_str()),
                "retry": v.retry(),
                "reason": v.reason().as_str(),
                "sisimai_reason": v.sisimai_reason(),
                "suppress": v.suppress(),
                "sisimai_hardbounce": v.sisimai_hardbounce(),
                "evidence": v.evidence(),
            });
            if let (Some(record), Some(fields)) = (record.as_object_mut(), fields.as_object()) {
                record.extend(fields.clone());
            }
            record
        })
        .collect()
}

/// A message that could not be read, as `smtp-codes bounce --json` prints it.
pub fn bounce_error(file: &str, error: &dyn std::fmt::Display) -> Value {
    json!({ "file": file, "error": error.to_string() })
}

/// One record of an MTA log, as `smtp-codes logs --json` prints it: `file`, `time`,
/// `timestamp`, `host`, `mta`, `queue_id`, `recipient`, `original_recipient`, `sender`,
/// `relay`, `status`, `dsn`, `delay`, `server_text`, `smtp_command`, then the verdict:
/// `code`, `enhanced`, `class`, `bounce`, `retry`, `reason`, `sisimai_reason`, `suppress`,
/// `sisimai_hardbounce`, `evidence`.
#[derive(Serialize)]
struct LogLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    time: Option<&'a str>,
    timestamp: Option<&'a str>,
    host: Option<&'a str>,
    mta: &'static str,
    queue_id: Option<&'a str>,
    recipient: Option<&'a str>,
    original_recipient: Option<&'a str>,
    sender: Option<&'a str>,
    relay: Option<&'a str>,
    status: &'static str,
    dsn: Option<String>,
    delay: Option<f64>,
    server_text: Option<&'a str>,
    smtp_command: Option<&'static str>,
    code: Option<u16>,
    enhanced: Option<String>,
    class: Option<&'static str>,
    bounce: &'static str,
    retry: bool,
    reason: &'static str,
    sisimai_reason: &'static str,
    suppress: bool,
    sisimai_hardbounce: bool,
    evidence: &'a str,
}

fn log_line<'a>(file: Option<&'a str>, r: &'a LogRecord) -> LogLine<'a> {
    let v = r.verdict();
    LogLine {
        file,
        time: r.time(),
        timestamp: r.timestamp(),
        host: r.host(),
        mta: r.mta().as_str(),
        queue_id: r.queue_id(),
        recipient: r.recipient(),
        original_recipient: r.original_recipient(),
        sender: r.sender(),
        relay: r.relay(),
        status: r.status().as_str(),
        dsn: r.dsn().map(|d| d.to_string()),
        delay: r.delay(),
        server_text: r.server_text(),
        smtp_command: r.smtp_command(),
        code: v.code().map(|c| c.as_u16()),
        enhanced: v.enhanced().map(|e| e.to_string()),
        class: v.class().map(|c| c.as_str()),
        bounce: v.bounce().map_or("none", |b| b.as_str()),
        retry: v.retry(),
        reason: v.reason().as_str(),
        sisimai_reason: v.sisimai_reason(),
        suppress: v.suppress(),
        sisimai_hardbounce: v.sisimai_hardbounce(),
        evidence: v.evidence(),
    }
}

/// One log record as JSON (with `file` when given).
pub fn log_record(file: Option<&str>, r: &LogRecord) -> Value {
    serde_json::to_value(log_line(file, r)).expect("a log record serializes")
}

/// Writes [`log_record`] as one line of JSON, without building a `Value` (for JSON Lines).
pub fn write_log_record(
    out: &mut impl std::io::Write,
    file: Option<&str>,
    r: &LogRecord,
) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, &log_line(file, r))?;
    out.write_all(b"\n")
}

/// A log summary as `smtp-codes logs --summary --json` prints it: `lines` (`read`,
/// `deliveries`, `records`, `other`, `skipped`), `statuses` and `reasons` (name → count,
/// most first), and `domains`: the `top` recipient domains with most failures, each with
/// `domain`, `deferred`, `bounced`, `rejected` and `top_reasons` (`reason`, `count`).
pub fn log_summary(s: &Summary, top: usize) -> Value {
    let counts = |list: Vec<(&'static str, u64)>| {
        let mut map = serde_json::Map::new();
        for (name, n) in list {
            map.insert(name.to_string(), n.into());
        }
        Value::Object(map)
    };
    let lines = s.lines();
    let domains: Vec<Value> = s
        .top_domains(top)
        .into_iter()
        .map(|(domain, c)| {
            let reasons: Vec<Value> = c
                .top_reasons(3)
                .into_iter()
                .map(|(reason, count)| json!({ "reason": reason, "count": count }))
                .collect();
            json!({
                "domain": domain,
                "deferred": c.deferred,
                "bounced": c.bounced,
                "rejected": c.rejected,
                "top_reasons": reasons,
            })
        })
        .collect();
    json!({
        "lines": {
            "read": lines.lines,
            "deliveries": lines.deliveries,
            "records": lines.records,
            "other": lines.other,
            "skipped": lines.skipped,
        },
        "statuses": counts(s.statuses()),
        "reasons": counts(s.reasons()),
        "domains": domains,
    })
}
