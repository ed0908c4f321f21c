//! The native part of the `smtp_codes` Python package: conversions from the core crate to
//! plain Python values. The Python layer (`python/smtp_codes/__init__.py`) builds the
//! `ReplyCode` IntEnum and the classes from these. No catalog data or logic lives here.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use smtp_codes::bounce::find_reply as core_find_reply;
use smtp_codes::catalog::{self, CATALOG_VERSION, IANA_REGISTRY_DATE};
use smtp_codes::commands::{any_command_errors as core_any_errors, commands as core_commands};
use smtp_codes::explain::explain as core_explain;
use smtp_codes::{
    Bounce, Command, DigitEntry, EnhancedStatusCode, Lang, ParseError, ParseOptions, Reply,
    ReplyBuilder, ReplyCode, VendorNote,
};

create_exception!(
    _native,
    ReplyParseError,
    PyValueError,
    "Bytes that are not a valid SMTP reply."
);
create_exception!(
    _native,
    IncompleteReplyError,
    ReplyParseError,
    "The input ends before the reply does: more bytes are needed."
);

type Note = (&'static str, &'static str, &'static str);
type Digit = (u8, &'static str, &'static str, &'static str, &'static str);

fn notes(list: &'static [VendorNote]) -> Vec<Note> {
    list.iter()
        .map(|n| (n.source(), n.description(Lang::En), n.description(Lang::Es)))
        .collect()
}

fn digits(list: &'static [DigitEntry]) -> Vec<Digit> {
    list.iter()
        .map(|d| {
            (
                d.digit(),
                d.id(),
                d.name(),
                d.description(Lang::En),
                d.description(Lang::Es),
            )
        })
        .collect()
}

fn codes(list: impl Iterator<Item = ReplyCode>) -> Vec<u16> {
    list.map(ReplyCode::as_u16).collect()
}

#[pyfunction]
fn catalog_version() -> &'static str {
    CATALOG_VERSION
}

#[pyfunction]
fn iana_registry_date() -> &'static str {
    IANA_REGISTRY_DATE
}

#[pyfunction]
fn classes() -> Vec<Digit> {
    digits(catalog::classes())
}

#[pyfunction]
fn categories() -> Vec<Digit> {
    digits(catalog::categories())
}

#[pyfunction]
fn subjects() -> Vec<Digit> {
    digits(catalog::subjects())
}

#[pyfunction]
fn bounces() -> [(&'static str, &'static str); 2] {
    [Bounce::Soft, Bounce::Hard].map(|b| (b.description(Lang::En), b.description(Lang::Es)))
}

type BasicRow = (
    u16,
    &'static str,
    &'static str,
    &'static str,
    Vec<&'static str>,
    &'static str,
    &'static str,
    Vec<Note>,
);

/// Every basic code: (code, name, text, status, references, en, es, vendor notes).
#[pyfunction]
fn basic_codes() -> Vec<BasicRow> {
    catalog::basic_codes()
        .iter()
        .map(|e| {
            (
                e.code().as_u16(),
                e.name(),
                e.text(),
                e.status().as_str(),
                e.references().to_vec(),
                e.description(Lang::En),
                e.description(Lang::Es),
                notes(e.vendor_notes()),
            )
        })
        .collect()
}

type EnhancedRow = (
    &'static str,
    Option<u8>,
    u16,
    u16,
    u16,
    &'static str,
    &'static str,
    Vec<u16>,
    &'static str,
    Vec<&'static str>,
    (&'static str, &'static str),
    Vec<Note>,
);

/// Every enhanced code: (notation, class, subject, detail, through, name, text, basic codes,
/// status, references, (en, es), vendor notes).
#[pyfunction]
fn enhanced_codes() -> Vec<EnhancedRow> {
    catalog::enhanced_codes()
        .iter()
        .map(|e| {
            (
                e.notation(),
                e.class().map(|c| c.digit()),
                e.subject(),
                e.detail(),
                e.detail_through(),
                e.name(),
                e.text(),
                codes(e.associated_basic_codes()),
                e.status().as_str(),
                e.references().to_vec(),
                (e.description(Lang::En), e.description(Lang::Es)),
                notes(e.vendor_notes()),
            )
        })
        .collect()
}

/// Every dotless alias: (code, enhanced, source, en, es).
#[pyfunction]
fn aliases() -> Vec<(u16, String, &'static str, &'static str, &'static str)> {
    catalog::aliases()
        .iter()
        .map(|a| {
            (
                a.code().as_u16(),
                a.enhanced().to_string(),
                a.source(),
                a.description(Lang::En),
                a.description(Lang::Es),
            )
        })
        .collect()
}

type CommandRow = (
    &'static str,
    Vec<&'static str>,
    Vec<u16>,
    Vec<u16>,
    Vec<u16>,
);

/// Every command: (name, references, success, intermediate, error).
#[pyfunction]
fn commands() -> Vec<CommandRow> {
    core_commands()
        .iter()
        .map(|c| {
            (
                c.name(),
                c.references().to_vec(),
                codes(c.success()),
                codes(c.intermediate()),
                codes(c.errors()),
            )
        })
        .collect()
}

#[pyfunction]
fn any_command_errors() -> Vec<u16> {
    codes(core_any_errors())
}

/// The role (`success`, `intermediate`, `error`) `code` plays after `command`, or None.
#[pyfunction]
fn command_role(command: &str, code: u16) -> PyResult<Option<&'static str>> {
    let command = Command::from_name(command)
        .ok_or_else(|| PyValueError::new_err(format!("unknown SMTP command: {command:?}")))?;
    let code = reply_code(code)?;
    Ok(command.role_of(code).map(|r| match r {
        smtp_codes::ReplyRole::Success => "success",
        smtp_codes::ReplyRole::Intermediate => "intermediate",
        smtp_codes::ReplyRole::Error => "error",
    }))
}

fn reply_code(code: u16) -> PyResult<ReplyCode> {
    ReplyCode::from_u16(code).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Parses an enhanced code: (class, subject, detail, index of its catalog entry or None).
#[pyfunction]
fn parse_enhanced(code: &str) -> PyResult<(u8, u16, u16, Option<usize>)> {
    let e: EnhancedStatusCode = code.parse().map_err(|err: smtp_codes::EnhancedCodeError| {
        PyValueError::new_err(format!("{code:?}: {err}"))
    })?;
    Ok((e.class().digit(), e.subject(), e.detail(), e.entry_index()))
}

/// The pairing of an enhanced code with a basic code.
#[pyfunction]
fn pairing(enhanced: &str, code: u16) -> PyResult<&'static str> {
    let e: EnhancedStatusCode = enhanced
        .parse()
        .map_err(|err: smtp_codes::EnhancedCodeError| PyValueError::new_err(err.to_string()))?;
    Ok(e.pairing(reply_code(code)?).as_str())
}

/// Bytes from `bytes`, `bytearray` or `str` (UTF-8).
fn input_bytes(data: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = data.cast::<PyString>() {
        return Ok(s.to_cow()?.as_bytes().to_vec());
    }
    if let Ok(b) = data.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    data.extract::<Vec<u8>>().map_err(|_| {
        PyTypeError::new_err(format!(
            "expected bytes or str, got {}",
            data.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })
}

fn options(
    lenient: bool,
    max_line_len: Option<usize>,
    max_reply_len: Option<usize>,
) -> ParseOptions {
    let mut o = if lenient {
        ParseOptions::lenient()
    } else {
        ParseOptions::strict()
    };
    if let Some(n) = max_line_len {
        o.max_line_len = n;
    }
    if let Some(n) = max_reply_len {
        o.max_reply_len = n;
    }
    o
}

fn parse_error(e: ParseError) -> PyErr {
    match e {
        ParseError::Incomplete => IncompleteReplyError::new_err(e.to_string()),
        _ => ReplyParseError::new_err(e.to_string()),
    }
}

type ParsedReply = (u16, Option<String>, Vec<String>, usize);

fn parsed(reply: &Reply<'_>, used: usize) -> ParsedReply {
    (
        reply.code().as_u16(),
        reply.enhanced().map(|e| e.to_string()),
        reply.lines().map(|l| l.into_owned()).collect(),
        used,
    )
}

/// Parses one reply at the start of `data`: (code, enhanced, lines, bytes used).
#[pyfunction]
#[pyo3(signature = (data, lenient=false, max_line_len=None, max_reply_len=None))]
fn parse_reply(
    data: &Bound<'_, PyAny>,
    lenient: bool,
    max_line_len: Option<usize>,
    max_reply_len: Option<usize>,
) -> PyResult<ParsedReply> {
    parse_one(data, &options(lenient, max_line_len, max_reply_len))
}

/// One reply from `bytes`, `bytearray` or `str`; bytes are read in place.
fn parse_one(data: &Bound<'_, PyAny>, options: &ParseOptions) -> PyResult<ParsedReply> {
    let parse = |bytes: &[u8]| {
        Reply::parse_with(bytes, options)
            .map(|(reply, used)| parsed(&reply, used))
            .map_err(parse_error)
    };
    match data.cast::<PyBytes>() {
        Ok(b) => parse(b.as_bytes()),
        Err(_) => parse(&input_bytes(data)?),
    }
}

/// `parse_reply` with the strict defaults: one argument, the common call made cheap.
#[pyfunction]
fn parse_reply_strict(data: &Bound<'_, PyAny>) -> PyResult<ParsedReply> {
    parse_one(data, &ParseOptions::strict())
}

/// Parses every reply of a pipelined buffer, without the GIL.
#[pyfunction]
#[pyo3(signature = (data, lenient=false))]
fn parse_replies(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    lenient: bool,
) -> PyResult<Vec<ParsedReply>> {
    let bytes = input_bytes(data)?;
    py.detach(|| {
        let mut out = Vec::new();
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            let (reply, used) = Reply::parse_with(rest, &options(lenient, None, None))?;
            out.push(parsed(&reply, used));
            rest = &rest[used..];
        }
        Ok(out)
    })
    .map_err(parse_error)
}

/// The wire bytes of a reply.
#[pyfunction]
#[pyo3(signature = (code, lines, enhanced=None, max_line_len=512))]
fn format_reply<'py>(
    py: Python<'py>,
    code: u16,
    lines: Vec<String>,
    enhanced: Option<&str>,
    max_line_len: usize,
) -> PyResult<Bound<'py, PyBytes>> {
    let mut builder = ReplyBuilder::new(reply_code(code)?).max_line_len(max_line_len);
    if let Some(e) = enhanced {
        let e: EnhancedStatusCode = e.parse().map_err(|err: smtp_codes::EnhancedCodeError| {
            PyValueError::new_err(format!("{e:?}: {err}"))
        })?;
        builder = builder.enhanced(e);
    }
    for line in lines {
        builder = builder.line(line);
    }
    let bytes = builder
        .to_bytes()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(PyBytes::new(py, &bytes))
}

type Explained = (
    &'static str,
    Option<u16>,
    Option<String>,
    String,
    &'static str,
    bool,
    &'static str,
    &'static str,
    bool,
    String,
);

fn explained(text: &str) -> Option<Explained> {
    let e = core_explain(text).ok()?;
    Some((
        e.kind().as_str(),
        e.code().map(ReplyCode::as_u16),
        e.enhanced().map(|x| x.to_string()),
        e.text().to_string(),
        e.bounce().map_or("none", Bounce::as_str),
        e.retry(),
        e.reason().as_str(),
        e.sisimai_reason(),
        e.suppress(),
        e.evidence().to_string(),
    ))
}

type ReasonRow = (&'static str, &'static str, bool, &'static str, &'static str);

/// Every reason: (id, sisimai, suppress, en, es).
#[pyfunction]
fn reasons() -> Vec<ReasonRow> {
    smtp_codes::explain::Reason::all()
        .map(|r| {
            (
                r.as_str(),
                r.sisimai(),
                r.suppresses(),
                r.description(Lang::En),
                r.description(Lang::Es),
            )
        })
        .collect()
}

/// Explains one input: (kind, code, enhanced, server text, bounce, retry, reason, sisimai
/// reason, suppress, evidence). ValueError if there is nothing to explain.
#[pyfunction]
fn explain(text: &str) -> PyResult<Explained> {
    explained(text).ok_or_else(|| {
        PyValueError::new_err(format!(
            "{text:?}: {}",
            smtp_codes::explain::NothingToExplain
        ))
    })
}

/// Explains many inputs without the GIL; None for inputs that hold no code.
#[pyfunction]
fn explain_many(py: Python<'_>, texts: Vec<String>) -> Vec<Option<Explained>> {
    py.detach(|| texts.iter().map(|t| explained(t)).collect())
}

/// Finds a reply in bounce text: (code, enhanced, text, offset), or None.
#[pyfunction]
fn find_reply(text: &str) -> Option<(Option<u16>, Option<String>, String, usize)> {
    core_find_reply(text).map(|f| {
        (
            f.code().map(ReplyCode::as_u16),
            f.enhanced().map(|e| e.to_string()),
            f.text().to_string(),
            f.offset(),
        )
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ReplyParseError", m.py().get_type::<ReplyParseError>())?;
    m.add(
        "IncompleteReplyError",
        m.py().get_type::<IncompleteReplyError>(),
    )?;
    m.add_function(wrap_pyfunction!(catalog_version, m)?)?;
    m.add_function(wrap_pyfunction!(iana_registry_date, m)?)?;
    m.add_function(wrap_pyfunction!(classes, m)?)?;
    m.add_function(wrap_pyfunction!(categories, m)?)?;
    m.add_function(wrap_pyfunction!(subjects, m)?)?;
    m.add_function(wrap_pyfunction!(bounces, m)?)?;
    m.add_function(wrap_pyfunction!(basic_codes, m)?)?;
    m.add_function(wrap_pyfunction!(enhanced_codes, m)?)?;
    m.add_function(wrap_pyfunction!(aliases, m)?)?;
    m.add_function(wrap_pyfunction!(commands, m)?)?;
    m.add_function(wrap_pyfunction!(any_command_errors, m)?)?;
    m.add_function(wrap_pyfunction!(command_role, m)?)?;
    m.add_function(wrap_pyfunction!(parse_enhanced, m)?)?;
    m.add_function(wrap_pyfunction!(pairing, m)?)?;
    m.add_function(wrap_pyfunction!(parse_reply, m)?)?;
    m.add_function(wrap_pyfunction!(parse_reply_strict, m)?)?;
    m.add_function(wrap_pyfunction!(parse_replies, m)?)?;
    m.add_function(wrap_pyfunction!(format_reply, m)?)?;
    m.add_function(wrap_pyfunction!(reasons, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(explain_many, m)?)?;
    m.add_function(wrap_pyfunction!(find_reply, m)?)?;
    Ok(())
}
