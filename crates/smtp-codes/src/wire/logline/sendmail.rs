//! Sendmail's lines: `to=... stat=...`, `from=...`, `ruleset=... reject=...`.

use super::fields::{field, is_queue_id, unbracket};
use super::types::{Delivery, DeliveryStatus, Event};
use crate::types::EnhancedStatusCode;

/// `QID: to=<a>,<b>, ctladdr=..., delay=00:00:01, ..., relay=..., dsn=5.1.1, stat=...`,
/// `QID: from=<s>, size=...`, `QID: ruleset=check_rcpt, arg1=<r>, relay=..., reject=...`.
pub(super) fn sendmail(message: &str) -> Event<'_> {
    let Some((id, rest)) = message.split_once(": ") else {
        return Event::Other;
    };
    if !is_queue_id(id) && id != "NOQUEUE" {
        return Event::Other;
    }
    let queue_id = (id != "NOQUEUE").then_some(id);
    if rest.starts_with("from=") {
        return match queue_id {
            Some(queue_id) => Event::Queued {
                queue_id,
                sender: unbracket(field(rest, "from", ", ").unwrap_or("")),
            },
            None => Event::Other,
        };
    }
    if rest.starts_with("ruleset=") {
        let Some(reject) = rest.find(", reject=") else {
            return Event::Other;
        };
        let head = &rest[..reject];
        return Event::Delivery(Delivery {
            queue_id,
            recipients: field(head, "arg1", ", ").map_or("", unbracket),
            original_recipient: None,
            sender: None,
            relay: field(head, "relay", ", "),
            status: DeliveryStatus::Rejected,
            dsn: None,
            delay: None,
            server_text: Some(rest[reject + 9..].trim()),
            attempted: true,
        });
    }
    if !rest.starts_with("to=") {
        return Event::Other;
    }
    let Some(stat_at) = rest.find(", stat=") else {
        return Event::Other;
    };
    let head = &rest[..stat_at];
    let stat = rest[stat_at + 7..].trim();
    let dsn: Option<EnhancedStatusCode> = field(head, "dsn", ", ").and_then(|d| d.parse().ok());
    let status = match dsn.map(|d| d.class().digit()) {
        Some(2) => DeliveryStatus::Sent,
        Some(4) => DeliveryStatus::Deferred,
        Some(5) => DeliveryStatus::Bounced,
        _ if stat.starts_with("Sent") => DeliveryStatus::Sent,
        _ if stat.starts_with("Deferred") => DeliveryStatus::Deferred,
        _ => DeliveryStatus::Bounced,
    };
    // `to=` runs to the next `, key=`: it may list several addresses.
    let to = &head[3..];
    let to_end = to
        .match_indices(", ")
        .find(|(i, _)| {
            to[i + 2..]
                .split_once('=')
                .is_some_and(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase()))
        })
        .map_or(to.len(), |(i, _)| i);
    let text = stat
        .strip_prefix("Deferred: ")
        .or_else(|| {
            stat.strip_prefix("Sent (")
                .and_then(|t| t.strip_suffix(')'))
        })
        .unwrap_or(stat);
    Event::Delivery(Delivery {
        queue_id,
        recipients: &to[..to_end],
        original_recipient: None,
        sender: None,
        relay: field(head, "relay", ", "),
        status,
        dsn,
        delay: field(head, "delay", ", ").and_then(sendmail_duration),
        server_text: Some(text).filter(|t| !t.is_empty()),
        attempted: true,
    })
}

/// Sendmail's `delay=`: `HH:MM:SS`, or `D+HH:MM:SS`.
fn sendmail_duration(s: &str) -> Option<f64> {
    let (days, clock) = match s.split_once('+') {
        Some((d, c)) => (d.parse::<u32>().ok()?, c),
        None => (0, s),
    };
    let mut parts = clock.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
    Some(f64::from(days * 86_400 + h * 3_600 + m * 60 + sec))
}
