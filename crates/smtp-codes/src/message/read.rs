//! Reading one message: MIME by mail-parser, then the parts that matter for a bounce (the
//! delivery status, the feedback report, the human-readable text, the returned message), then
//! one record per recipient with its verdict.

use super::fields::{self, Field};
use super::report::{BounceReport, MessageKind, RecipientReport};
use super::ses::{self, Notification};
use super::text;
use crate::delivery::{judge, sent_command, smtp_command, transcript_command, Action, Verdict};
use crate::explain::Reason;
use crate::generated::message::{
    AUTO_REPLY_SUBJECTS, BOUNCE_SUBJECTS, FEEDBACK_SUBJECTS, OPENINGS,
};
use crate::types::EnhancedStatusCode;
use core::fmt;
use mail_parser::{HeaderName, Message, MessageParser, MimeHeaders, PartType};

/// The longest message read: larger ones are refused with [`MessageError::TooLarge`].
pub const MAX_MESSAGE_LEN: usize = 64 << 20;

/// The most recipients one report keeps; the rest are dropped.
pub const MAX_RECIPIENTS: usize = text::MAX_RECIPIENTS;

/// The most MIME parts (`Content-Type` fields) a message may have; real bounces have a few.
/// More is refused with [`MessageError::TooManyParts`], so that nesting stays shallow.
pub const MAX_PARTS: usize = 256;

/// The most boundary delimiters a message may hold: each can start a part, and mail-parser
/// keeps about 150 bytes for a part, which may take as few as 7 bytes of input (`--b` and two
/// line ends). [`max_delimiters`] allows one every 32 bytes beyond a base a real bounce never
/// reaches, so that parts cost at most a few times the input.
const BASE_DELIMITERS: usize = MAX_PARTS;

/// The most `--` pairs a message of `len` bytes may hold (see [`BASE_DELIMITERS`]).
fn max_delimiters(len: usize) -> usize {
    BASE_DELIMITERS + len / 32
}

/// Why bytes could not be read as a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessageError {
    /// No bytes, or only white space.
    Empty,
    /// No header fields: not an Internet message.
    NotAMessage,
    /// Longer than [`MAX_MESSAGE_LEN`].
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// MIME structure the MIME parser could not read.
    Malformed,
    /// More MIME parts than [`MAX_PARTS`] `Content-Type` fields, or more boundary
    /// delimiters (`--`) than 256 and one every 32 bytes: `limit` says which.
    TooManyParts {
        /// The limit.
        limit: usize,
    },
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageError::Empty => f.write_str("empty input: no message to read"),
            MessageError::NotAMessage => {
                f.write_str("not an Internet message: no header fields (RFC 5322)")
            }
            MessageError::TooLarge { limit } => write!(f, "message longer than {limit} bytes"),
            MessageError::Malformed => f.write_str("malformed MIME structure"),
            MessageError::TooManyParts { limit } => {
                write!(f, "message with more than {limit} MIME parts")
            }
        }
    }
}

impl std::error::Error for MessageError {}

/// Reads a bounce message: what kind it is, its report fields, and one record per recipient
/// with the verdict for that recipient (see the [module docs](super)).
pub fn read(input: &[u8]) -> Result<BounceReport, MessageError> {
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err(MessageError::Empty);
    }
    if input.len() > MAX_MESSAGE_LEN {
        return Err(MessageError::TooLarge {
            limit: MAX_MESSAGE_LEN,
        });
    }
    // More than MAX_PARTS fields need that many lines of 13 bytes and the line ends between
    // them: a shorter message is not counted (nor what it may encode: a few kilobytes).
    let room = input.len() + 1 >= (MAX_PARTS + 1) * "content-type:\n".len();
    let fields = if room {
        mime_fields(input)
    } else {
        MimeFields::default()
    };
    // mail-parser finds a boundary delimiter (`--` and the boundary) anywhere in a line, and
    // each starts a part, with or without a `Content-Type` field: their number bounds the
    // parts that fields do not count. Encoded nested messages are counted decoded.
    let limit = max_delimiters(input.len());
    let parts = parts_in(input, &fields, limit, NESTED_ENCODED);
    if parts.content_types > MAX_PARTS || fields.encoded.len() > MAX_PARTS {
        return Err(MessageError::TooManyParts { limit: MAX_PARTS });
    }
    if parts.delimiters > limit {
        return Err(MessageError::TooManyParts { limit });
    }
    // mail-parser checks invariants of its own with debug_assert!, which malformed MIME can
    // reach in debug builds: such a message is refused, never a panic of the caller's.
    let parsed =
        std::panic::catch_unwind(|| parser().parse(input)).map_err(|_| MessageError::Malformed)?;
    let message = parsed
        .filter(|m| !m.headers().is_empty())
        .ok_or(MessageError::NotAMessage)?;
    let mut parts = Parts::of(&message, input, 0);
    let mut report = BounceReport {
        kind: MessageKind::NotBounce,
        reporting_mta: None,
        arrival_date: None,
        original_message_id: None,
        original_from: None,
        original_to: None,
        original_subject: None,
        feedback_type: None,
        recipients: Vec::new(),
    };
    // The bounce's own sender and recipient are never the failed recipients (lower case,
    // looked up in constant time however many the headers name).
    let mut own = text::Addresses::new();
    for address in [message.from(), message.to()].into_iter().flatten() {
        own.extend(
            address
                .iter()
                .filter_map(|a| a.address())
                .map(str::to_ascii_lowercase),
        );
    }
    if let Some(path) = message.header_raw("Return-Path") {
        own.extend(
            text::addresses(path)
                .into_iter()
                .map(str::to_ascii_lowercase),
        );
    }
    if let Some(r) = parts.original.take() {
        set_returned(&mut report, r);
    }
    let subject = message.subject().unwrap_or("").to_lowercase();
    if let Some(feedback) = &parts.feedback {
        report.kind = MessageKind::Feedback;
        read_feedback(&mut report, feedback);
    } else if parts.status.is_none() && FEEDBACK_SUBJECTS.iter().any(|s| subject.contains(s)) {
        // A complaint forwarded without a feedback part: the returned message's recipient.
        report.kind = MessageKind::Feedback;
        let rcpts = report.original_to.iter().cloned().collect();
        complaint(&mut report, None, rcpts);
    } else if let Some(status) = &parts.status {
        report.kind = MessageKind::Dsn;
        read_dsn(&mut report, status, parts.text.as_deref(), &own);
        // A delivery-status part that names no recipient (Google Workspace leaves it empty):
        // the human-readable part and the X-Failed-Recipients header name them.
        if report.recipients.is_empty() {
            if let Some(body) = parts.text.as_deref() {
                read_plain(&mut report, &message, body, &own);
            }
        }
    } else if let Some(notification) = parts.text.as_deref().and_then(ses::notification) {
        read_ses(&mut report, notification);
    } else if let Some(body) = parts.text.as_deref().filter(|t| is_bounce(&message, t)) {
        // Before auto-replies: MTAs mark their bounces `Auto-Submitted: auto-replied` too.
        report.kind = MessageKind::NonDsn;
        read_plain(&mut report, &message, body, &own);
    } else if is_auto_reply(&message) {
        report.kind = MessageKind::AutoReply;
        let sender = message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .map(str::to_string);
        report
            .recipients
            .push(recipient(sender, auto_reply_verdict()));
    }
    report.recipients.truncate(MAX_RECIPIENTS);
    Ok(report)
}

/// MIME parsing alone, as [`read`] parses (mail-parser, set up the same way): the number of
/// parts, or `None` when there are no header fields. For the benchmarks and the eval, which
/// show how much of `read`'s time is the MIME parser's; not part of the stable API.
#[doc(hidden)]
pub fn parse_mime_only(input: &[u8]) -> Option<usize> {
    parser().parse(input).map(|m| m.parts.len())
}

/// The parts of a message that a bounce is made of.
struct Parts {
    /// The `message/delivery-status` body.
    status: Option<String>,
    /// The `message/feedback-report` body.
    feedback: Option<String>,
    /// The first human-readable text, before the returned message.
    text: Option<String>,
    /// The returned message's `Message-ID`, `From`, `To` and `Subject`.
    original: Option<Returned>,
}

/// The fields of a returned message that a report gives.
struct Returned {
    message_id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    subject: Option<String>,
}

impl Returned {
    fn of(m: &Message<'_>) -> Returned {
        Returned {
            message_id: m.message_id().map(str::to_string),
            from: first_address(m.from()),
            to: first_address(m.to()),
            subject: m.subject().map(str::to_string),
        }
    }

    /// From a header alone (`text/rfc822-headers`, or a copy inside a plain-text report).
    fn of_header(header: &[u8]) -> Option<Returned> {
        parser().parse_headers(header).map(|m| Returned::of(&m))
    }
}

impl Parts {
    fn of(message: &Message<'_>, input: &[u8], depth: usize) -> Parts {
        let mut parts = Parts {
            status: None,
            feedback: None,
            text: None,
            original: None,
        };
        for part in &message.parts {
            let (ctype, subtype) = part.content_type().map_or(("text", "plain"), |c| {
                (c.ctype(), c.subtype().unwrap_or(""))
            });
            let ctype = ctype.to_ascii_lowercase();
            let subtype = subtype.to_ascii_lowercase();
            let body = || String::from_utf8_lossy(part.contents()).into_owned();
            match (ctype.as_str(), subtype.as_str()) {
                (_, "delivery-status" | "global-delivery-status") if parts.status.is_none() => {
                    parts.status = Some(body());
                }
                ("message", "feedback-report") if parts.feedback.is_none() => {
                    parts.feedback = Some(body());
                }
                ("message", "rfc822" | "global" | "rfc822-headers" | "global-headers")
                | ("text", "rfc822-headers")
                    if parts.original.is_none() =>
                {
                    // A returned message is parsed already: its fields are read, not parsed
                    // again.
                    parts.original = match &part.body {
                        PartType::Message(m) => Some(Returned::of(m)),
                        _ => Returned::of_header(part.contents()),
                    };
                }
                _ => {}
            }
        }
        // The human-readable text: the first text body of the top-level message.
        parts.text = message
            .body_text(0)
            .map(|t| t.into_owned())
            .filter(|t| !t.trim().is_empty())
            // A multipart whose boundaries are missing has no parts: its raw body is the text.
            .or_else(|| raw_body(input))
            // A bounce forwarded inline as a quotation reads as the bounce itself.
            .map(|t| text::unquoted(&t).unwrap_or(t));
        if parts.status.is_none() {
            // Delivery-status fields written into the text itself (no part of their own).
            parts.status = parts.text.as_deref().and_then(inline_status);
        }
        if parts.status.is_none() && parts.feedback.is_none() && depth == 0 {
            // A bounce forwarded as an attachment (a filter or a helpdesk wraps the DSN in a
            // notice of its own): the attached report is the one to read.
            if let Some(inner) = message.parts.iter().find_map(|p| match &p.body {
                PartType::Message(m) if has_delivery_status(m) => Some(m),
                _ => None,
            }) {
                return Parts::of(inner, inner.raw_message(), depth + 1);
            }
        }
        parts
    }
}

/// Whether `a` is a whole address: something before and after its `@`.
fn whole_address(a: &str) -> bool {
    a.split_once('@')
        .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty())
}

/// Whether a message has a `message/delivery-status` part of its own.
fn has_delivery_status(message: &Message<'_>) -> bool {
    message.parts.iter().any(|p| {
        p.content_type().is_some_and(|c| {
            c.subtype().is_some_and(|s| {
                s.eq_ignore_ascii_case("delivery-status")
                    || s.eq_ignore_ascii_case("global-delivery-status")
            })
        })
    })
}

/// A MIME parser that parses the header fields a bounce needs (MIME, From, To, Subject,
/// Message-ID) and skips the others (`Received` lines, the costliest, are read by nobody
/// here); the few read by name (`Return-Path`, `X-Failed-Recipients`, `Auto-Submitted`) are
/// read from their raw text. Built once: its table of fields is a hash map.
fn parser() -> &'static MessageParser {
    static PARSER: std::sync::OnceLock<MessageParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            // The MIME fields that decide how a body is read (not `Content-ID`,
            // `-Description` or `-Location`, which nothing here reads).
            .header_content_type(HeaderName::ContentType)
            .header_content_type(HeaderName::ContentDisposition)
            .header_text(HeaderName::ContentTransferEncoding)
            .header_text(HeaderName::Subject)
            .header_address(HeaderName::From)
            .header_address(HeaderName::To)
            .header_id(HeaderName::MessageId)
            // The other fields are skipped, not kept: their raw text is still read by name.
            .default_header_ignore()
    })
}

/// The MIME fields the limits look at, on lines of their own (any case, white space allowed
/// before the name and the colon, as lenient parsers read them): how many `Content-Type`
/// fields (the MIME parts, at most), and where each `Content-Transfer-Encoding` field that
/// says base64 or quoted-printable starts, with which (at most `MAX_PARTS` and one more are
/// kept).
#[derive(Default)]
struct MimeFields {
    content_types: usize,
    encoded: Vec<(usize, Encoded)>,
    /// Whether a `Content-Type` names a type mail-parser parses as a nested message
    /// (`message/rfc822`, `message/global`), or a digest, whose parts are such by default.
    nests: bool,
}

/// A transfer encoding that can hide a nested message's parts from a count of raw bytes
/// (quoted-printable writes `-` as `=2D` if it likes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoded {
    Base64,
    QuotedPrintable,
}

fn mime_fields(input: &[u8]) -> MimeFields {
    // Lines found with memchr: a byte-by-byte split cost more than the rest of this check.
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', input).map(|nl| nl + 1));
    let blank = |b: &&u8| b.is_ascii_whitespace() && **b != b'\n';
    let mut fields = MimeFields::default();
    for start in starts {
        let line = &input[start..];
        let indent = line.iter().take_while(blank).count();
        let line = &line[indent..];
        // The field's value, if the line holds the field `name`.
        let value_of = |name: &[u8]| {
            let rest = line
                .get(..name.len())
                .filter(|n| n.eq_ignore_ascii_case(name))
                .map(|_| &line[name.len()..])?;
            let rest = rest[rest.iter().take_while(blank).count()..].strip_prefix(b":")?;
            Some(&rest[rest.iter().take_while(blank).count()..])
        };
        let starts = |v: &[u8], name: &[u8]| {
            v.get(..name.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(name))
        };
        if let Some(value) = value_of(b"content-type") {
            fields.content_types += 1;
            fields.nests |= nests(value);
        } else if fields.encoded.len() <= MAX_PARTS {
            // mail-parser decodes a part when the field's value is the encoding's name.
            match value_of(b"content-transfer-encoding") {
                Some(v) if starts(v, b"base64") => {
                    fields.encoded.push((start + indent, Encoded::Base64));
                }
                Some(v) if starts(v, b"quoted-printable") => {
                    fields
                        .encoded
                        .push((start + indent, Encoded::QuotedPrintable));
                }
                _ => {}
            }
        }
    }
    fields
}

/// How many levels of encoded messages mail-parser decodes and parses, one in another.
const NESTED_ENCODED: usize = 3;

/// The bounds on the parts mail-parser makes of a message.
struct PartsIn {
    content_types: usize,
    delimiters: usize,
}

/// The `Content-Type` fields and `--` pairs of `input`, and of the nested messages in it sent
/// in base64 or quoted-printable, decoded (mail-parser decodes such a message and parses it,
/// `depth` levels deep, where a count of the raw bytes need not see its parts or its
/// nesting). Delimiters are counted up to `limit` and one more.
fn parts_in(input: &[u8], fields: &MimeFields, limit: usize, depth: usize) -> PartsIn {
    let mut parts = PartsIn {
        content_types: fields.content_types,
        delimiters: memchr::memmem::find_iter(input, b"--")
            .take(limit + 1)
            .count(),
    };
    if depth == 0 || !fields.nests {
        return parts;
    }
    for &(at, encoding) in &fields.encoded {
        if parts.delimiters > limit || parts.content_types > MAX_PARTS {
            break;
        }
        let Some(body) = encoded_message_body(input, at) else {
            continue;
        };
        // Decoded as mail-parser decodes a part: the body up to the first `--`, where a
        // boundary would end it.
        let mut stream = mail_parser::parsers::MessageStream::new(body);
        let (_, decoded) = match encoding {
            Encoded::Base64 => stream.decode_base64_mime(b""),
            Encoded::QuotedPrintable => stream.decode_quoted_printable_mime(b""),
        };
        let inner = parts_in(
            &decoded,
            &mime_fields(&decoded),
            limit - parts.delimiters,
            depth - 1,
        );
        parts.content_types += inner.content_types;
        parts.delimiters += inner.delimiters;
    }
    parts
}

/// The longest header block looked through around a `Content-Transfer-Encoding` field.
const LONGEST_PART_HEADER: usize = 64 << 10;

/// Whether a `Content-Type` value names a type mail-parser parses as a nested message, or a
/// digest, whose parts are such by default (any case).
fn nests(value: &[u8]) -> bool {
    ["message/rfc822", "message/global", "multipart/digest"]
        .iter()
        .any(|t| {
            value
                .get(..t.len())
                .is_some_and(|v| v.eq_ignore_ascii_case(t.as_bytes()))
        })
}

/// If the `Content-Transfer-Encoding` field at `at` belongs to a part that may be a
/// nested message (its `Content-Type` names one, or it has none: a digest's parts are
/// messages by default), the part's body up to the first `--`.
fn encoded_message_body(input: &[u8], at: usize) -> Option<&[u8]> {
    let is_blank = |line: &[u8]| line.iter().all(u8::is_ascii_whitespace);
    // The header block: back to the blank line before the field, on to the one after it.
    let floor = at.saturating_sub(LONGEST_PART_HEADER);
    let mut start = at;
    while start > floor {
        let prev = memchr::memrchr(b'\n', &input[..start - 1]).map_or(0, |nl| nl + 1);
        if is_blank(&input[prev..start - 1]) {
            break;
        }
        start = prev;
    }
    let ceiling = (at + LONGEST_PART_HEADER).min(input.len());
    let mut end = at;
    let body = loop {
        let next = memchr::memchr(b'\n', &input[end..ceiling]).map(|nl| end + nl + 1)?;
        if is_blank(&input[end..next]) {
            break next;
        }
        end = next;
    };
    // Its Content-Type, if it has one, must name a message.
    let header = &input[start..end];
    let mut types = header.split(|&b| b == b'\n').filter_map(|line| {
        let line = line.trim_ascii_start();
        let rest = line
            .get(..12)
            .filter(|n| n.eq_ignore_ascii_case(b"content-type"))
            .map(|_| line[12..].trim_ascii_start())?;
        rest.strip_prefix(b":").map(<[u8]>::trim_ascii_start)
    });
    if types.next().is_some_and(|value| !nests(value)) {
        return None;
    }
    let rest = &input[body..];
    Some(&rest[..memchr::memmem::find(rest, b"--").unwrap_or(rest.len())])
}

/// The body of a message as text: everything after the first empty line.
fn raw_body(input: &[u8]) -> Option<String> {
    let at = input
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .or_else(|| input.windows(2).position(|w| w == b"\n\n").map(|p| p + 2))?;
    let body = String::from_utf8_lossy(&input[at..]).into_owned();
    (!body.trim().is_empty()).then_some(body)
}

/// RFC 3464 fields written in a text part: from the first per-message or per-recipient
/// field on, when a `Final-Recipient` follows.
fn inline_status(text: &str) -> Option<String> {
    const OPENING: [&str; 4] = [
        "reporting-mta:",
        "original-envelope-id:",
        "action:",
        "original-recipient:",
    ];
    // One pass over the line starts, up to the first that opens a Final-Recipient field:
    // where each other field last opens a line before it, and the earliest of those.
    let mut last = [None; OPENING.len()];
    for at in memchr::memchr_iter(b'\n', text.as_bytes()).map(|nl| nl + 1) {
        let opens = |name: &str| {
            text.as_bytes()
                .get(at..at + name.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(name.as_bytes()))
        };
        if opens("final-recipient:") {
            let start = last.iter().flatten().min().copied().unwrap_or(at);
            return Some(text[start..].to_string());
        }
        for (field, last) in OPENING.iter().zip(&mut last) {
            if opens(field) {
                *last = Some(at);
            }
        }
    }
    None
}

/// The returned message's `Message-ID`, `From`, `To` and `Subject`.
fn set_returned(report: &mut BounceReport, r: Returned) {
    report.original_message_id = r.message_id;
    report.original_from = r.from;
    report.original_to = r.to;
    report.original_subject = r.subject;
}

fn first_address(a: Option<&mail_parser::Address<'_>>) -> Option<String> {
    a.and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(str::to_string)
}

/// In a session transcript of several servers (Sendmail's `While talking to host:` blocks),
/// for each address a line names, the command sent last before that line in its block: the
/// command that recipient's failure answered. One pass, whatever the number of recipients.
fn transcript_commands(text: &str) -> std::collections::HashMap<String, &'static str> {
    let mut out = std::collections::HashMap::new();
    if !text.contains(">>> ") {
        return out;
    }
    let mut last: Option<&'static str> = None;
    for line in text.lines().map(str::trim_start) {
        if let Some(sent) = line.strip_prefix(">>> ") {
            last = sent_command(sent);
        } else if line
            .get(..16)
            .is_some_and(|l| l.eq_ignore_ascii_case("while talking to"))
        {
            last = None;
        } else if let Some(command) = last.filter(|_| !line.starts_with("<<< ")) {
            for address in text::addresses(line) {
                out.entry(address.to_ascii_lowercase()).or_insert(command);
            }
        }
        if out.len() >= MAX_RECIPIENTS {
            break;
        }
    }
    out
}

/// RFC 3464: the per-message fields, then one record per recipient.
fn read_dsn(report: &mut BounceReport, status: &str, text: Option<&str>, own: &text::Addresses) {
    let groups = fields::split_recipients(fields::groups(status));
    let per_recipient = |g: &Vec<Field>| {
        fields::get(g, "Final-Recipient").is_some()
            || fields::get(g, "Original-Recipient").is_some()
    };
    // The per-message fields, wherever the report put them.
    let anywhere = |name: &str| groups.iter().find_map(|g| fields::get(g, name));
    report.reporting_mta = anywhere("Reporting-MTA").map(|v| fields::typed_value(v).to_string());
    report.arrival_date = anywhere("Arrival-Date").map(str::to_string);
    // The human-readable part without the returned message, read once for all recipients:
    // the command a session transcript in it shows, and, for recipients whose group has no
    // Diagnostic-Code, the text it gives the recipient, or, when the report has one
    // recipient, all of it.
    let text = text.map(text::report_part);
    let transcript = text.and_then(transcript_command);
    let sent_to = text.map(transcript_commands).unwrap_or_default();
    // Each is read the first time a recipient needs it, at most once.
    // The recipients the human-readable part names, in order, and where each address is.
    type Named = (
        Vec<(String, String)>,
        std::collections::HashMap<String, usize>,
    );
    let described = std::cell::OnceCell::new();
    let described = || {
        described.get_or_init(|| -> Named {
            let named = text.map(|t| text::recipients(t, own)).unwrap_or_default();
            let at = named
                .iter()
                .enumerate()
                .map(|(i, (a, _))| (a.to_ascii_lowercase(), i))
                .collect();
            (named, at)
        })
    };
    let recipient_groups: Vec<&Vec<Field>> = groups.iter().filter(|g| per_recipient(g)).collect();
    let single = recipient_groups.len() == 1;
    // Each group's address: its Final-Recipient, else its Original-Recipient, the first that
    // is a whole address (`rfc822; @mx.example.org` is not). Groups with none take, in order,
    // the addresses the human-readable part names that no group has, when it names exactly
    // as many; else they keep what their fields say.
    let field_address =
        |g: &[Field], name: &str| fields::get(g, name).map(|v| fields::typed_value(v).to_string());
    // Each group's Final-Recipient and Original-Recipient, read once.
    let named_in_fields: Vec<(Option<String>, Option<String>)> = recipient_groups
        .iter()
        .map(|g| {
            (
                field_address(g, "Final-Recipient"),
                field_address(g, "Original-Recipient"),
            )
        })
        .collect();
    let mut addresses: Vec<Option<String>> = named_in_fields
        .iter()
        .map(|(f, o)| {
            [f, o]
                .into_iter()
                .flatten()
                .find(|a| whole_address(a))
                .cloned()
        })
        .collect();
    let missing = addresses.iter().filter(|a| a.is_none()).count();
    if missing > 0 {
        let claimed: text::Addresses = addresses
            .iter()
            .flatten()
            .map(|a| a.to_ascii_lowercase())
            .collect();
        let spare: Vec<&String> = described()
            .0
            .iter()
            .map(|(a, _)| a)
            .filter(|a| !claimed.contains(&a.to_ascii_lowercase()))
            .collect();
        if spare.len() == missing {
            let mut spare = spare.into_iter();
            for a in addresses.iter_mut().filter(|a| a.is_none()) {
                *a = spare.next().cloned();
            }
        }
    }
    let whole = std::cell::OnceCell::new();
    let whole = || {
        whole
            .get_or_init(|| {
                text.filter(|_| single)
                    .map(text::folded)
                    .filter(|t| !t.is_empty())
            })
            .as_ref()
    };
    let whole_command = std::cell::OnceCell::new();
    let groups_with_addresses = recipient_groups
        .into_iter()
        .zip(named_in_fields)
        .zip(addresses);
    for ((group, (final_recipient, original)), address) in groups_with_addresses {
        let address = address.or_else(|| final_recipient.clone().or(original.clone()));
        let action = fields::get(group, "Action").and_then(Action::from_field);
        let dsn = fields::get(group, "Status").and_then(status_code);
        let (diagnostic_type, mut server_text) = fields::get(group, "Diagnostic-Code")
            .map(diagnostic)
            .unwrap_or_default();
        // What the human-readable part says of this recipient.
        let described_text = || {
            let (named, at) = described();
            let i = *at.get(&address.as_deref()?.to_ascii_lowercase())?;
            Some(&named[i].1)
        };
        if server_text.as_deref().is_none_or(str::is_empty) {
            server_text = described_text().filter(|t| !t.is_empty()).cloned();
        }
        if server_text.as_deref().is_none_or(str::is_empty) {
            server_text = whole().cloned();
        }
        let is_unix = diagnostic_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("x-unix"));
        // The command, where the diagnostic does not say it: from what the human-readable
        // part says of this recipient, or of the one recipient, or from a transcript.
        let command = server_text
            .as_deref()
            .and_then(smtp_command)
            .or_else(|| described_text().and_then(|t| smtp_command(t)))
            .or_else(|| *whole_command.get_or_init(|| whole().and_then(|t| smtp_command(t))))
            .or_else(|| {
                sent_to
                    .get(&address.as_deref()?.to_ascii_lowercase())
                    .copied()
            })
            .or(transcript);
        let verdict = judge(server_text.as_deref(), !is_unix, dsn, action, command);
        report.recipients.push(RecipientReport {
            recipient: address,
            original_recipient: original.filter(|o| Some(o) != final_recipient.as_ref()),
            action,
            dsn,
            remote_mta: fields::get(group, "Remote-MTA")
                .map(|v| fields::typed_value(v).to_string()),
            diagnostic_type,
            smtp_command: command,
            server_text,
            last_attempt: fields::get(group, "Last-Attempt-Date").map(str::to_string),
            will_retry_until: fields::get(group, "Will-Retry-Until").map(str::to_string),
            verdict,
        });
        if report.recipients.len() >= MAX_RECIPIENTS {
            break;
        }
    }
}

/// A plain-text report: the recipients it names, each with the text that follows it.
fn read_plain(report: &mut BounceReport, message: &Message<'_>, body: &str, own: &text::Addresses) {
    let part = text::report_part(body);
    // The returned message follows the report in the same text: read its headers.
    if report.original_message_id.is_none() && report.original_from.is_none() {
        let copy = body[part.len()..]
            .split_once('\n')
            .map_or("", |(_, rest)| rest)
            .trim_start();
        if let Some(r) = Returned::of_header(copy.as_bytes()) {
            set_returned(report, r);
        }
    }
    let mut found = text::recipients(part, own);
    // Exim and Google name the failed recipients in a header: those are the recipients, with
    // the text the report gives each.
    let failed: Vec<&str> = message
        .header_raw("X-Failed-Recipients")
        .map(text::addresses)
        .unwrap_or_default();
    if !failed.is_empty() {
        let mut said: std::collections::HashMap<String, String> = found
            .into_iter()
            .map(|(a, t)| (a.to_ascii_lowercase(), t))
            .collect();
        found = failed
            .iter()
            .take(MAX_RECIPIENTS)
            .map(|a| {
                let text = said.remove(&a.to_ascii_lowercase()).unwrap_or_default();
                (a.to_string(), text)
            })
            .collect();
    }
    if found.is_empty() {
        // The addresses the report's sentences name ("an error delivering your mail to
        // <bob@example.com>"); else the returned message's recipient; else no address.
        let mut seen = std::collections::HashSet::new();
        for address in text::addresses_but_ids(part) {
            let own =
                own.contains(&address.to_ascii_lowercase()) || text::is_system_address(address);
            if !own && found.len() < MAX_RECIPIENTS && seen.insert(address.to_ascii_lowercase()) {
                found.push((address.to_string(), String::new()));
            }
        }
        if found.is_empty() {
            found.push((
                report.original_to.clone().unwrap_or_default(),
                String::new(),
            ));
        }
    }
    // A recipient named without a reply of its own: the report's text speaks for it, when
    // the report names few recipients (for many, it says nothing of each).
    let whole = (found.len() <= 16).then(|| text::folded(part));
    // The command a session transcript in the report shows (`>>> RCPT To:<...>`).
    let transcript = transcript_command(part);
    let sent_to = transcript_commands(part);
    for (address, said) in found {
        let own_text = !said.is_empty();
        let said = if said.is_empty() {
            whole.clone().unwrap_or_default()
        } else {
            said
        };
        let mut said = (!said.is_empty()).then_some(said);
        let command_of = |said: Option<&str>| {
            said.and_then(smtp_command)
                .or_else(|| sent_to.get(&address.to_ascii_lowercase()).copied())
                .or(transcript)
        };
        let mut command = command_of(said.as_deref());
        let mut verdict = judge(said.as_deref(), true, None, None, command);
        // The lines after an address that name no failure (a message's details, its size):
        // the report's text speaks for the recipient, as for one named without text.
        if own_text && matches!(verdict.reason(), Reason::None | Reason::Other) {
            if let Some(w) = whole.as_ref().filter(|w| Some(*w) != said.as_ref()) {
                let c = command_of(Some(w));
                let v = judge(Some(w), true, None, None, c);
                if !matches!(v.reason(), Reason::None | Reason::Other) {
                    (said, command, verdict) = (Some(w.clone()), c, v);
                }
            }
        }
        let mut record = recipient((!address.is_empty()).then_some(address), verdict);
        record.server_text = said;
        record.smtp_command = command;
        report.recipients.push(record);
    }
}

/// An Amazon SES notification: a bounce with one entry per recipient, a complaint, or a
/// delivery.
fn read_ses(report: &mut BounceReport, notification: Notification) {
    match notification {
        Notification::Bounce {
            reporting_mta,
            recipients,
        } => {
            report.kind = MessageKind::Dsn;
            report.reporting_mta = reporting_mta.map(|v| fields::typed_value(&v).to_string());
            for r in recipients.into_iter().take(MAX_RECIPIENTS) {
                let action = r.action.as_deref().and_then(Action::from_field);
                let dsn = r.status.as_deref().and_then(status_code);
                let (diagnostic_type, said) =
                    r.diagnostic.as_deref().map(diagnostic).unwrap_or_default();
                let command = said.as_deref().and_then(smtp_command);
                let verdict = judge(said.as_deref(), true, dsn, action, command);
                let mut record = recipient(r.address, verdict);
                record.action = action;
                record.dsn = dsn;
                record.diagnostic_type = diagnostic_type;
                record.server_text = said;
                record.smtp_command = command;
                report.recipients.push(record);
            }
        }
        Notification::Complaint {
            feedback_type,
            recipients,
        } => {
            report.kind = MessageKind::Feedback;
            let rcpts = recipients.into_iter().take(MAX_RECIPIENTS).collect();
            complaint(report, feedback_type.map(|t| t.to_ascii_lowercase()), rcpts);
        }
        Notification::Delivery { recipients } => {
            report.kind = MessageKind::Dsn;
            for address in recipients.into_iter().take(MAX_RECIPIENTS) {
                let verdict = judge(None, true, None, Some(Action::Delivered), None);
                let mut r = recipient(Some(address), verdict);
                r.action = Some(Action::Delivered);
                report.recipients.push(r);
            }
        }
    }
}

/// RFC 5965: a complaint about one message, for the recipient it names.
fn read_feedback(report: &mut BounceReport, body: &str) {
    let groups = fields::groups(body);
    let all: Vec<&Field> = groups.iter().flatten().collect();
    let get = |name: &str| {
        all.iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let feedback_type = get("Feedback-Type").map(|t| t.to_ascii_lowercase());
    report.reporting_mta = get("Reporting-MTA").map(|v| fields::typed_value(&v).to_string());
    report.arrival_date = get("Arrival-Date").or_else(|| get("Received-Date"));
    // One record per complaining recipient; a report may name several.
    let mut rcpts: Vec<String> = all
        .iter()
        .filter(|f| {
            f.name.eq_ignore_ascii_case("Original-Rcpt-To")
                || f.name.eq_ignore_ascii_case("Removal-Recipient")
        })
        .map(|f| fields::typed_value(&f.value).to_string())
        .filter(|v| !v.is_empty())
        .collect();
    rcpts.dedup();
    if rcpts.is_empty() {
        rcpts.extend(report.original_to.clone());
    }
    let feedback_type = feedback_type.or_else(|| (!body.is_empty()).then(String::new));
    complaint(report, feedback_type.filter(|t| !t.is_empty()), rcpts);
}

/// Records for the recipients of a complaint.
fn complaint(report: &mut BounceReport, feedback_type: Option<String>, rcpts: Vec<String>) {
    // Senders drop an address whose owner calls their mail abuse.
    let abuse = matches!(feedback_type.as_deref(), Some("abuse" | "fraud") | None);
    let verdict = Verdict {
        code: None,
        enhanced: None,
        class: None,
        bounce: None,
        retry: false,
        reason: Reason::Complaint,
        sisimai_reason: "feedback",
        suppress: abuse,
        sisimai_hardbounce: false,
        evidence: format!(
            "feedback report ({})",
            feedback_type.as_deref().unwrap_or("no type")
        ),
    };
    report.feedback_type = feedback_type;
    if rcpts.is_empty() {
        report.recipients.push(recipient(None, verdict.clone()));
    }
    for rcpt in rcpts {
        report
            .recipients
            .push(recipient(Some(rcpt), verdict.clone()));
    }
}

/// A record for one recipient with its verdict and no report fields yet.
fn recipient(address: Option<String>, verdict: Verdict) -> RecipientReport {
    RecipientReport {
        recipient: address,
        original_recipient: None,
        action: None,
        dsn: None,
        remote_mta: None,
        diagnostic_type: None,
        server_text: None,
        last_attempt: None,
        will_retry_until: None,
        smtp_command: None,
        verdict,
    }
}

fn auto_reply_verdict() -> Verdict {
    Verdict {
        code: None,
        enhanced: None,
        class: None,
        bounce: None,
        retry: false,
        reason: Reason::None,
        sisimai_reason: "vacation",
        suppress: false,
        sisimai_hardbounce: false,
        evidence: "automatic reply (RFC 3834)".to_string(),
    }
}

/// An automatic reply: RFC 3834's `Auto-Submitted: auto-replied`, the headers vacation
/// programs add, or an auto-reply subject.
fn is_auto_reply(message: &Message<'_>) -> bool {
    let header = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().to_ascii_lowercase())
    };
    if header("Auto-Submitted").is_some_and(|v| v.starts_with("auto-replied")) {
        return true;
    }
    if header("X-Autoreply").is_some() || header("X-Autorespond").is_some() {
        return true;
    }
    if header("Precedence").is_some_and(|v| v == "auto_reply") {
        return true;
    }
    let subject = message.subject().unwrap_or("").to_lowercase();
    AUTO_REPLY_SUBJECTS.iter().any(|s| subject.contains(s))
}

/// A plain-text bounce: a bounce subject, a mail system's sender, or a bounce's opening.
fn is_bounce(message: &Message<'_>, body: &str) -> bool {
    let subject = message.subject().unwrap_or("").to_lowercase();
    if BOUNCE_SUBJECTS.iter().any(|s| subject.contains(s)) {
        return true;
    }
    let from_system = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .is_some_and(text::is_system_address);
    if from_system {
        return true;
    }
    let head: String = body.chars().take(4096).collect::<String>().to_lowercase();
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    OPENINGS.iter().any(|o| head.contains(o))
}

/// A `Diagnostic-Code` value split into its type (`smtp`, `X-Unix`) and its folded text.
fn diagnostic(value: &str) -> (Option<String>, Option<String>) {
    match value.split_once(';') {
        Some((kind, rest)) => (
            Some(kind.trim().to_string()),
            Some(text::joined_reply(text::folded(rest))),
        ),
        None => (None, Some(text::joined_reply(text::folded(value)))),
    }
}

/// The enhanced code at the start of a `Status:` field.
fn status_code(value: &str) -> Option<EnhancedStatusCode> {
    let token = value.split_whitespace().next()?;
    let token = token.trim_end_matches(|c: char| !c.is_ascii_digit());
    token.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_lines_that_hold_a_content_type_field() {
        let content_types = |input: &[u8]| mime_fields(input).content_types;
        let input = b"Content-Type: text/plain\r\n  content-TYPE  : a\n\tContent-type:b\n\
            X-Content-Type: no\nContent-Typed: no\nContent-Type\n: no\ntext Content-Type: no\n\
            Content-Type:";
        assert_eq!(content_types(input), 4);
        assert_eq!(content_types(b""), 0);
        assert_eq!(content_types(b"content-type"), 0);
        let input = b"Content-Transfer-Encoding: BASE64\nx\n content-transfer-encoding : 7bit\n\
            Content-Transfer-Encoding:\t base64\r\nContent-Transfer-Encoding: (c) base64\n";
        let third = input
            .windows(27)
            .position(|w| w == b"Content-Transfer-Encoding:\t")
            .unwrap();
        assert_eq!(
            mime_fields(input).encoded,
            [(0, Encoded::Base64), (third, Encoded::Base64)]
        );
        let qp = mime_fields(b"Content-Transfer-Encoding: Quoted-Printable\n").encoded;
        assert_eq!(qp, [(0, Encoded::QuotedPrintable)]);
    }

    #[test]
    fn status_codes() {
        assert_eq!(
            status_code("5.1.1 (user unknown)").map(|c| c.to_string()),
            Some("5.1.1".into())
        );
        assert_eq!(status_code("5.0.0."), "5.0.0".parse().ok());
        assert_eq!(status_code("none"), None);
    }

    const DSN_PART: &str = "Content-Type: message/delivery-status\r\n\r\n\
        Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\n\
        Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n";

    #[test]
    fn a_bounce_forwarded_as_an_attachment_is_read() {
        let inner = format!(
            "From: MAILER-DAEMON@mx.example.net\r\nTo: alice@example.org\r\n\
             Subject: Returned mail\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/report; report-type=delivery-status; boundary=in\r\n\r\n\
             --in\r\nContent-Type: text/plain\r\n\r\nUser unknown\r\n--in\r\n{DSN_PART}--in--\r\n"
        );
        let outer = format!(
            "From: filter@example.org\r\nTo: alice@example.org\r\nSubject: Fwd\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=out\r\n\r\n\
             --out\r\nContent-Type: text/plain\r\n\r\nThe following addresses had errors\r\n\
             --out\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--out--\r\n"
        );
        let report = read(outer.as_bytes()).unwrap();
        assert_eq!(report.kind(), MessageKind::Dsn);
        let [r] = report.recipients() else {
            panic!("{:?}", report.recipients())
        };
        assert_eq!(r.recipient(), Some("bob@example.com"));
        assert_eq!(r.verdict().reason(), Reason::UserUnknown);
    }

    #[test]
    fn a_bounce_forwarded_as_a_quotation_is_read_as_the_bounce() {
        // A mail client's inline forward: the bounce's lines quoted, its Message-ID among
        // them, its DSN fields written into the text.
        let input = "From: alice@example.org\r\nTo: helpdesk@example.org\r\n\
            Subject: Fwd: Returned mail: see transcript for details\r\n\r\n\
            Begin forwarded message:\r\n\r\n> From: Mail Delivery Subsystem <MAILER-DAEMON>\r\n\
            > Message-Id: <200904290210.1@mx.example.jp>\r\n>\r\n\
            >    ----- The following addresses had permanent fatal errors -----\r\n\
            > <bob@example.com>\r\n>     (reason: 550 5.1.1 <bob@example.com>... User unknown)\r\n\
            >\r\n> Reporting-MTA: dns; mx.example.jp\r\n>\r\n\
            > Final-Recipient: RFC822; bob@example.com\r\n> Action: failed\r\n> Status: 5.1.1\r\n\
            > Diagnostic-Code: SMTP; 550 5.1.1 <bob@example.com>... User unknown\r\n";
        let report = read(input.as_bytes()).unwrap();
        assert_eq!(report.kind(), MessageKind::Dsn);
        let [r] = report.recipients() else {
            panic!("{:?}", report.recipients())
        };
        assert_eq!(r.recipient(), Some("bob@example.com"));
        assert_eq!(r.dsn().map(|d| d.to_string()).as_deref(), Some("5.1.1"));
        assert_eq!(r.verdict().reason(), Reason::UserUnknown);
    }

    #[test]
    fn a_final_recipient_without_a_whole_address_takes_the_one_the_text_names() {
        let report = |named: &str, groups: &str| {
            let input = format!(
                "From: MAILER-DAEMON@mx.example.net\r\nTo: alice@example.org\r\n\
                 Subject: Returned mail\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                 --b\r\nContent-Type: text/plain\r\n\r\n\
                 ----- The following addresses had permanent fatal errors -----\r\n{named}\
                 --b\r\nContent-Type: message/delivery-status\r\n\r\n\
                 Reporting-MTA: dns; mx.example.net\r\n{groups}--b--\r\n"
            );
            let r = read(input.as_bytes()).unwrap();
            r.recipients()
                .iter()
                .map(|x| x.recipient().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        let group = |f: &str| {
            format!("\r\nFinal-Recipient: RFC822; {f}\r\nAction: failed\r\nStatus: 5.1.2\r\n")
        };
        let bob = "<bob@example.org>\r\n    (reason: 550 Host unknown)\r\n";
        assert_eq!(report(bob, &group("@mx.example.org")), ["bob@example.org"]);
        // A whole address is the recipient, whatever the text says.
        assert_eq!(
            report(bob, &group("carol@example.org")),
            ["carol@example.org"]
        );
        // The text's addresses that no group has, whatever order the text names them in.
        let carol_then_bob =
            format!("<carol@example.org>\r\n    (reason: 550 Host unknown)\r\n{bob}");
        assert_eq!(
            report(
                &carol_then_bob,
                &(group("@mx.example.org") + &group("carol@example.org"))
            ),
            ["bob@example.org", "carol@example.org"]
        );
        // A whole Original-Recipient before a Final-Recipient that is not whole.
        let both = "\r\nFinal-Recipient: RFC822; @mx.example.org\r\n\
            Original-Recipient: rfc822; dave@example.org\r\nAction: failed\r\nStatus: 5.1.2\r\n";
        assert_eq!(report(bob, both), ["dave@example.org"]);
        // As many names as missing addresses, or the fields stay as they are.
        assert_eq!(
            report(bob, &(group("@a.example") + &group("@b.example"))),
            ["@a.example", "@b.example"]
        );
    }

    #[test]
    fn a_delivery_status_part_without_recipients_leaves_them_to_the_text() {
        let input = "From: Mail Delivery Subsystem <mailer-daemon@example.net>\r\n\
                     To: alice@example.org\r\nX-Failed-Recipients: bob@example.com\r\n\
                     Subject: Delivery Status Notification (Failure)\r\nMIME-Version: 1.0\r\n\
                     Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                     --b\r\nContent-Type: text/plain\r\n\r\n** Message not delivered **\r\n\
                     550 5.1.1 The email account that you tried to reach does not exist\r\n\
                     --b\r\nContent-Type: message/delivery-status\r\n\r\n\r\n--b--\r\n";
        let report = read(input.as_bytes()).unwrap();
        let [r] = report.recipients() else {
            panic!("{:?}", report.recipients())
        };
        assert_eq!(r.recipient(), Some("bob@example.com"));
        assert_eq!(r.verdict().reason(), Reason::UserUnknown);
    }

    #[test]
    fn details_after_an_address_leave_the_reply_to_the_report() {
        // Verizon's gateway names the recipient in the message's details, after the error.
        let input = b"From: post_master@vtext.example\r\nTo: alice@example.org\r\n\
                      Subject: Re: hello\r\n\r\nError: Invalid user address\r\n\r\n\
                      Error message below:\r\n550 - Requested action not taken: no such user here\r\n\r\n\
                      Message details:\r\n  MAIL FROM: alice@example.org\r\n\
                      RCPT TO: bob@vtext.example\r\n  Size (in bytes): 222\r\n";
        let report = read(input).unwrap();
        assert_eq!(report.kind(), MessageKind::NonDsn);
        let [r] = report.recipients() else {
            panic!("{:?}", report.recipients())
        };
        assert_eq!(r.recipient(), Some("bob@vtext.example"));
        assert_eq!(r.verdict().code().map(|c| c.as_u16()), Some(550));
        assert_eq!(r.verdict().reason(), Reason::UserUnknown);
    }

    #[test]
    fn each_recipient_takes_the_command_of_its_own_transcript_block() {
        let transcript = "While talking to a.example:\n>>> DATA\n<<< 550 Refused\n\
                          554 <bob@a.example>... Remote protocol error\n\
                          While talking to b.example:\n>>> RCPT To:<carol@b.example>\n\
                          <<< 550 No such user here\n550 <carol@b.example>... User unknown\n\
                          While talking to c.example:\n554 <dave@c.example>... Host unknown\n";
        let sent = transcript_commands(transcript);
        assert_eq!(sent.get("bob@a.example"), Some(&"DATA"));
        assert_eq!(sent.get("carol@b.example"), Some(&"RCPT"));
        // A block with nothing sent names no command.
        assert_eq!(sent.get("dave@c.example"), None);
        assert!(transcript_commands("550 <bob@a.example>... User unknown").is_empty());
    }

    #[test]
    fn malformed_mime_is_refused_not_a_panic() {
        // This reaches a debug_assert! of mail-parser 0.11 when it is built with debug
        // assertions (this workspace turns them off for it; a user's build may not).
        let input = b"From: MAILER-DAEMON@example.net\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
                      --b\r\nContent-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\n\r\n--b--";
        match read(input) {
            Ok(_) | Err(MessageError::Malformed | MessageError::NotAMessage) => {}
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn errors() {
        assert_eq!(read(b""), Err(MessageError::Empty));
        assert_eq!(read(b" \r\n "), Err(MessageError::Empty));
        for junk in [
            &b"\x00\x01\x02 no headers at all"[..],
            b"plain words\r\n\r\nmore",
        ] {
            match read(junk) {
                Err(MessageError::NotAMessage) => {}
                Ok(r) => assert_eq!(r.kind(), MessageKind::NotBounce, "{junk:?}"),
                Err(e) => panic!("{junk:?}: {e}"),
            }
        }
    }
}
