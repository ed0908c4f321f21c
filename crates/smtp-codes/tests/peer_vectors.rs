//! The 78 raw replies from the test suites of lettre, smtp-proto, go-smtp, CPython's smtplib,
//! aiosmtplib and nodemailer (`testdata/parse_vectors.tsv`), run against this crate's
//! parser.
//!
//! Lenient mode is meant to read what those peers read. Where the peers disagree with each
//! other or with RFC 5321, the choice made here is listed in `CHOICES` with its reason, and
//! the test checks that each listed row really does differ, so the list stays true.
//! Strict mode may refuse more, but only for a reason RFC 5321 gives, and whatever it accepts
//! must read exactly as the peer expects.

use smtp_codes::{OwnedReply, ParseError, ParseOptions, ReplyParser};
use std::path::PathBuf;

/// (start of the raw input, why this crate differs from the peer's expectation).
const CHOICES: &[(&str, &str)] = &[
    ("432-6.8.9", "RFC 3463 allows enhanced classes 2, 4 and 5 only: `6.8.9` is text, not an enhanced code (smtp-proto accepts it)"),
    ("499 incomplete response", "lenient mode accepts a last line cut off by the end of the connection, as nodemailer does (aiosmtplib refuses); strict mode refuses it"),
    ("199 no hello", "RFC 5321 §4.2 allows first digits 2 to 5 only (smtplib reads 199, then raises SMTPConnectError)"),
    ("500 5.0.0 nU6XC5", "lenient mode reads lines up to 8192 octets (aiosmtplib's and smtplib's limit); go-smtp stops at 2000; strict mode refuses lines over RFC 5321's 512"),
];

struct Vector {
    line: usize,
    raw: Vec<u8>,
    expect_ok: bool,
    code: Option<u16>,
    enhanced: Option<String>,
    text_lines: Vec<String>,
    notes: String,
}

fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next() {
            Some(b'r') => out.push(b'\r'),
            Some(b'n') => out.push(b'\n'),
            Some(b't') => out.push(b'\t'),
            Some(b'\\') => out.push(b'\\'),
            Some(other) => out.extend([b'\\', other]),
            None => out.push(b'\\'),
        }
    }
    out
}

fn vectors() -> Vec<Vector> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/parse_vectors.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    tsv.lines()
        .enumerate()
        .skip(1)
        .map(|(i, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            let dash = |s: &str| (s != "-").then(|| s.to_string());
            Vector {
                line: i + 1,
                raw: unescape(f[0]),
                expect_ok: f[1] == "yes",
                code: dash(f[2]).map(|c| c.parse().unwrap()),
                enhanced: dash(f[3]),
                text_lines: if f[1] == "yes" {
                    f[4].split(" | ")
                        .map(|s| s.trim_matches(' ').to_string())
                        .collect()
                } else {
                    Vec::new()
                },
                notes: f[7].to_string(),
            }
        })
        .collect()
}

/// Feeds the bytes as a connection would deliver them, then closes it.
fn read_first(raw: &[u8], options: ParseOptions) -> Result<OwnedReply, ParseError> {
    let mut parser = ReplyParser::new(options);
    parser.feed(raw);
    parser
        .next_reply()
        .or_else(|| parser.finish())
        .unwrap_or(Err(ParseError::Incomplete))
}

/// Some tests lower the peer's limits to 128; apply the same limits.
fn options_for(v: &Vector, base: ParseOptions) -> ParseOptions {
    let mut options = base;
    if v.notes.contains("MAX_LINE_LENGTH to 128") {
        options.max_line_len = 128;
    }
    if v.notes.contains("MAX_RESPONSE_LENGTH to 128") || v.notes.contains("patched to 128") {
        options.max_reply_len = 128;
    }
    options
}

/// Whether the reply reads as the peer expects: code, enhanced code, text lines.
fn agrees(v: &Vector, got: &Result<OwnedReply, ParseError>) -> bool {
    match got {
        Err(_) => !v.expect_ok,
        Ok(reply) => {
            let reply = reply.as_reply();
            let lines: Vec<String> = reply
                .lines()
                .map(|l| l.trim_matches(' ').to_string())
                .collect();
            v.expect_ok
                && Some(reply.code().as_u16()) == v.code
                && reply.enhanced().map(|e| e.to_string()) == v.enhanced
                && lines == v.text_lines
        }
    }
}

#[test]
fn lenient_mode_reads_what_the_peers_read() {
    let vectors = vectors();
    assert_eq!(vectors.len(), 78);
    let mut differing = Vec::new();
    for v in &vectors {
        let got = read_first(&v.raw, options_for(v, ParseOptions::lenient()));
        let choice = CHOICES
            .iter()
            .find(|(start, _)| v.raw.starts_with(start.as_bytes()));
        match (agrees(v, &got), choice) {
            (true, None) => {}
            (false, Some(_)) => differing.push(v.line),
            (true, Some((start, _))) => panic!("line {}: listed choice {start:?} no longer differs", v.line),
            (false, None) => panic!(
                "line {}: {:?} read as {got:?}; the peer expects ok={} code={:?} enhanced={:?} lines={:?}",
                v.line,
                String::from_utf8_lossy(&v.raw[..v.raw.len().min(80)]),
                v.expect_ok,
                v.code,
                v.enhanced,
                v.text_lines
            ),
        }
    }
    assert_eq!(
        differing.len(),
        CHOICES.len(),
        "rows differing: {differing:?}"
    );
}

#[test]
fn strict_mode_refuses_only_for_rfc_reasons_and_reads_the_rest_exactly() {
    let mut accepted = 0;
    for v in vectors() {
        let got = read_first(&v.raw, options_for(&v, ParseOptions::strict()));
        match &got {
            Ok(_) if CHOICES.iter().any(|(s, _)| v.raw.starts_with(s.as_bytes())) => {}
            Ok(_) => {
                assert!(agrees(&v, &got), "line {}: strict read {got:?}", v.line);
                accepted += 1;
            }
            Err(e) => {
                let rfc_reason = matches!(
                    e,
                    ParseError::BareLineFeed { .. }
                        | ParseError::LineTooLong { .. }
                        | ParseError::ReplyTooLong { .. }
                        | ParseError::Incomplete
                        | ParseError::InvalidCode { .. }
                        | ParseError::CodeClassOutOfRange { .. }
                        | ParseError::CodeCategoryOutOfRange { .. }
                        | ParseError::InvalidSeparator { .. }
                        | ParseError::InvalidText { .. }
                );
                assert!(rfc_reason, "line {}: {e}", v.line);
                if v.expect_ok {
                    // Refusing what a peer reads needs a reason RFC 5321 states.
                    let crlf_only = !v.raw.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r')
                        && v.raw.first() != Some(&b'\n');
                    assert!(
                        !crlf_only
                            || matches!(
                                e,
                                ParseError::LineTooLong { .. }
                                    | ParseError::Incomplete
                                    | ParseError::InvalidCode { .. }
                                    | ParseError::CodeClassOutOfRange { .. }
                                    | ParseError::CodeCategoryOutOfRange { .. }
                                    | ParseError::InvalidText { .. }
                            ),
                        "line {}: strict refused a CRLF reply: {e}",
                        v.line
                    );
                }
            }
        }
    }
    assert!(
        accepted >= 50,
        "strict mode accepted only {accepted} vectors"
    );
}
