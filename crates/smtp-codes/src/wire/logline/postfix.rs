//! Postfix's lines: deliveries (`smtp`, `lmtp`, `local`, `virtual`, `pipe`, `error`), `qmgr`
//! (senders, expiries, removals) and rejections (`smtpd`, `cleanup`).

use super::fields::{field, is_queue_id, unbracket};
use super::types::{Delivery, DeliveryStatus, Event};

/// A Postfix line: `QUEUEID: to=<...>, ..., status=... (text)`, `NOQUEUE: reject: ...`,
/// `QUEUEID: from=<...>, ...` (qmgr), `QUEUEID: removed`.
pub(super) fn postfix<'a>(program: &str, message: &'a str) -> Event<'a> {
    let service = program.rsplit('/').next().unwrap_or("");
    let Some((id, rest)) = message.split_once(": ") else {
        return Event::Other;
    };
    let queue_id = (id != "NOQUEUE").then_some(id);
    if queue_id.is_some_and(|q| !is_queue_id(q)) {
        return Event::Other;
    }
    if let Some(reject) = rest
        .strip_prefix("reject: ")
        .or_else(|| rest.strip_prefix("milter-reject: "))
    {
        return postfix_reject(queue_id, reject);
    }
    let Some(queue_id) = queue_id else {
        return Event::Other;
    };
    if rest == "removed" {
        return Event::Done { queue_id };
    }
    if let Some(fields) = rest.strip_prefix("from=") {
        let fields = &rest[rest.len() - fields.len() - 5..];
        let sender = unbracket(field(fields, "from", ", ").unwrap_or(""));
        if field(fields, "status", ", ").is_some_and(|s| s.starts_with("expired")) {
            return Event::Expired { queue_id, sender };
        }
        return Event::Queued { queue_id, sender };
    }
    if !rest.starts_with("to=") || service == "qmgr" && !rest.contains("status=") {
        return Event::Other;
    }
    postfix_delivery(queue_id, rest)
}

/// `to=<a>, orig_to=<b>, relay=..., delay=..., delays=..., dsn=..., status=word (text)`.
fn postfix_delivery<'a>(queue_id: &'a str, fields: &'a str) -> Event<'a> {
    let Some(at) = fields.find(", status=").or_else(|| {
        // A qmgr line with `to=` and status but no relay.
        fields.find("status=").filter(|&i| i > 0)
    }) else {
        return Event::Other;
    };
    let head = &fields[..at];
    let tail = fields[at..].trim_start_matches(", ");
    let tail = tail.strip_prefix("status=").unwrap_or(tail);
    let (word, text) = match tail.split_once(' ') {
        Some((w, t)) => (w.trim_end_matches(','), Some(t)),
        None => (tail.trim_end_matches(','), None),
    };
    let Some(status) = DeliveryStatus::from_postfix(word) else {
        return Event::Other;
    };
    let server_text = text.map(|t| {
        let t = t.trim();
        t.strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(t)
    });
    Event::Delivery(Delivery {
        queue_id: Some(queue_id),
        recipients: unbracket(field(head, "to", ", ").unwrap_or("")),
        original_recipient: field(head, "orig_to", ", ").map(unbracket),
        sender: None,
        relay: field(head, "relay", ", ").filter(|r| *r != "none"),
        status,
        dsn: field(head, "dsn", ", ").and_then(|d| d.parse().ok()),
        delay: field(head, "delay", ", ").and_then(|d| d.parse().ok()),
        server_text: server_text.filter(|t| !t.is_empty()),
        attempted: true,
    })
}

/// `RCPT from host[ip]: 550 5.1.1 <x>: text; from=<s> to=<r> proto=ESMTP helo=<h>`, and the
/// cleanup form `header Subject: ... from host[ip]; from=<s> to=<r> ...: 5.7.1 text`.
fn postfix_reject<'a>(queue_id: Option<&'a str>, rest: &'a str) -> Event<'a> {
    let Some(envelope_at) = rest.rfind("; from=<") else {
        return Event::Other;
    };
    let envelope = &rest[envelope_at + 2..];
    let head = &rest[..envelope_at];
    let sender = field(envelope, "from", " ").map(unbracket);
    let recipient = field(envelope, "to", " ").map(unbracket);
    // smtpd: the reply follows `from host[ip]: `; cleanup: it follows the envelope's `: `.
    let (client, text) = match head.find("]: ") {
        Some(i) if head[..i].contains(" from ") => {
            let from = head[..i].rfind(" from ").map_or(0, |f| f + 6);
            (Some(&head[from..=i]), &head[i + 3..])
        }
        _ => {
            let from = head.rfind(" from ").map(|f| &head[f + 6..]);
            let text = envelope.rfind(">: ").map_or("", |i| &envelope[i + 3..]);
            (from, text)
        }
    };
    Event::Delivery(Delivery {
        queue_id,
        recipients: recipient.unwrap_or(""),
        original_recipient: None,
        sender,
        relay: client,
        status: DeliveryStatus::Rejected,
        dsn: None,
        delay: None,
        server_text: Some(text.trim()).filter(|t| !t.is_empty()),
        attempted: true,
    })
}
