//! Exim's main log: `<=`, `=>`, `->`, `**`, `==`, `Completed` and `rejected RCPT`.

use super::fields::{unbracket, word};
use super::types::{Delivery, DeliveryStatus, Event};

/// An Exim message id: `1tHz0a-000123-AB` (6-6-2) or the longer 4.97 form (6-11-4).
fn is_exim_id(s: &str) -> bool {
    let mut parts = s.split('-');
    let lens = (
        parts.next().map(str::len),
        parts.next().map(str::len),
        parts.next().map(str::len),
        parts.next(),
    );
    matches!(
        lens,
        (Some(6), Some(6), Some(2), None) | (Some(6), Some(11), Some(4), None)
    ) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// An Exim main-log message: `ID <= sender ...`, `ID => rcpt ...`, `ID ** rcpt ...: text`,
/// `ID == rcpt ... defer (n): text`, `ID Completed`, `H=... rejected RCPT <r>: text`.
pub(super) fn exim(message: &str) -> Event<'_> {
    if let Some((id, rest)) = message.split_once(' ') {
        if is_exim_id(id) {
            return exim_message(id, rest);
        }
    }
    if let Some(at) = message.find("rejected RCPT ") {
        return exim_reject(None, message, at);
    }
    Event::Other
}

fn exim_message<'a>(id: &'a str, rest: &'a str) -> Event<'a> {
    if rest == "Completed" || rest.starts_with("Completed ") {
        return Event::Done { queue_id: id };
    }
    let (flag, after) = match (rest.get(..3), rest.get(3..)) {
        (Some(flag), Some(after)) => (flag, after),
        _ => return Event::Other,
    };
    let status = match flag {
        "=> " | "-> " | "*> " => DeliveryStatus::Sent,
        "** " => DeliveryStatus::Bounced,
        "== " => DeliveryStatus::Deferred,
        "<= " => {
            let sender = after.split(' ').next().unwrap_or("");
            return Event::Queued {
                queue_id: id,
                sender: if sender == "<>" { "" } else { sender },
            };
        }
        _ => {
            return match rest.find("rejected RCPT ") {
                Some(at) => exim_reject(Some(id), rest, at),
                None => Event::Other,
            };
        }
    };
    exim_delivery(id, status, after)
}

/// `rcpt [<orig>] [F=<s>] R=router T=transport H=host [ip] ...[: text]`.
fn exim_delivery<'a>(id: &'a str, mut status: DeliveryStatus, after: &'a str) -> Event<'a> {
    let (address, mut rest) = word(after).unwrap_or((after, ""));
    // `** a@b: Unrouteable address`: the text follows the address itself.
    let (address, text_after_address) = match address.strip_suffix(':') {
        Some(a) => (a, true),
        None => (address, false),
    };
    let mut original = None;
    if let Some((w, r)) = word(rest) {
        if w.starts_with('<') && w.ends_with('>') && w.len() > 2 {
            original = Some(unbracket(w));
            rest = r;
        }
    }
    let text = if text_after_address {
        Some(rest)
    } else {
        exim_text(rest)
    };
    let fields = match text {
        Some(t) if !text_after_address => &rest[..rest.len() - t.len()],
        _ => rest,
    };
    let relay = exim_host(fields);
    let no_attempt = text.is_some_and(|t| {
        t.contains("retry timeout exceeded") || t.contains("retry time not reached")
    });
    if status == DeliveryStatus::Bounced && no_attempt {
        status = DeliveryStatus::Expired;
    }
    let server_text = match status {
        // A success's reply is its `C="250 ..."` confirmation, when logged.
        DeliveryStatus::Sent => exim_field(fields, "C=").map(|c| c.trim_matches('"')),
        _ => text.map(str::trim).filter(|t| !t.is_empty()),
    };
    let sender = exim_field(fields, "F=").map(unbracket);
    Event::Delivery(Delivery {
        queue_id: Some(id),
        recipients: unbracket(address),
        original_recipient: original,
        sender,
        relay,
        status,
        dsn: None,
        delay: exim_field(fields, "QT=").and_then(exim_duration),
        server_text,
        attempted: !no_attempt,
    })
}

/// The error text of an Exim line: after the first `: ` outside a quoted field value.
fn exim_text(fields: &str) -> Option<&str> {
    let b = fields.as_bytes();
    let mut quoted = false;
    for i in 0..b.len() {
        match b[i] {
            b'"' => quoted = !quoted,
            b':' if !quoted && b.get(i + 1) == Some(&b' ') => return Some(&fields[i + 2..]),
            _ => {}
        }
    }
    None
}

/// The value of an Exim `K=` field (to the next space; a quoted value to its closing quote).
fn exim_field<'a>(fields: &'a str, key: &str) -> Option<&'a str> {
    let start = if fields.starts_with(key) {
        0
    } else {
        fields.find(&format!(" {key}")[..]).map(|i| i + 1)?
    };
    let value = &fields[start + key.len()..];
    let end = if let Some(quoted) = value.strip_prefix('"') {
        quoted.find('"').map_or(value.len(), |e| e + 2)
    } else {
        value.find(' ').unwrap_or(value.len())
    };
    Some(&value[..end])
}

/// Exim's `H=host [ip]` (or `H=(helo) [ip]`, `H=host [ip]:port`): the host and its address.
fn exim_host(fields: &str) -> Option<&str> {
    let start = if fields.starts_with("H=") {
        2
    } else {
        fields.find(" H=")? + 3
    };
    let value = &fields[start..];
    let word_end = value.find(' ').unwrap_or(value.len());
    // The address in brackets is the next word, when there is one.
    let end = match value[word_end..].strip_prefix(" [") {
        Some(rest) => rest.find(']').map_or(word_end, |e| word_end + 2 + e + 1),
        None => word_end,
    };
    Some(value[..end].trim_end_matches(':'))
}

/// Exim's durations: `1d2h3m4s`, `0.123s`, `5s`.
fn exim_duration(s: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut number = String::new();
    for c in s.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'w' | 'd' | 'h' | 'm' | 's' => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                total += n * match c {
                    'w' => 604_800.0,
                    'd' => 86_400.0,
                    'h' => 3_600.0,
                    'm' => 60.0,
                    _ => 1.0,
                };
            }
            _ => return None,
        }
    }
    number.is_empty().then_some(total)
}

/// `H=(helo) [ip] F=<s> [temporarily] rejected RCPT <r>: text`.
fn exim_reject<'a>(id: Option<&'a str>, line: &'a str, at: usize) -> Event<'a> {
    let head = &line[..at];
    let after = &line[at + "rejected RCPT ".len()..];
    let (recipient, text) = match after.split_once(": ") {
        Some((r, t)) => (r, Some(t)),
        None => (after, None),
    };
    let relay = exim_host(head);
    Event::Delivery(Delivery {
        queue_id: id,
        recipients: unbracket(recipient.trim()),
        original_recipient: None,
        sender: exim_field(head, "F=").map(unbracket),
        relay,
        status: DeliveryStatus::Rejected,
        dsn: None,
        delay: None,
        server_text: text.map(str::trim).filter(|t| !t.is_empty()),
        attempted: true,
    })
}
