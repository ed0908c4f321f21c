//! The streaming reader: lines in, records out, with bounded memory.

use super::queues::{Deferred, Queues, MAX_DEFERRED_PER_QUEUE_ID};
use super::record::LogRecord;
use crate::delivery::{judge, smtp_command, Action};
use crate::logline::{self, Delivery, DeliveryStatus, Event, LogLine, MAX_LINE_LEN};
use crate::types::EnhancedStatusCode;

/// How many queue ids a reader remembers by default (a few tens of megabytes at most).
pub const DEFAULT_QUEUE_IDS: usize = 100_000;

/// What became of the lines read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LineCounts {
    /// Every line read.
    pub lines: u64,
    /// Lines that gave at least one record (delivery results and rejections).
    pub deliveries: u64,
    /// Records made (a Sendmail line or a Postfix expiry can give several).
    pub records: u64,
    /// Lines read that are no delivery result or rejection: connections, queueing,
    /// warnings, other programs' lines, lines with no known prefix. Never explained.
    pub other: u64,
    /// Lines that could not be read: not UTF-8, NUL bytes, longer than
    /// [`MAX_LINE_LEN`](crate::logline::MAX_LINE_LEN).
    pub skipped: u64,
}

/// Reads MTA log lines one at a time and gives a record per delivery result or rejection.
///
/// It remembers, per queue id, the sender and the recipients still deferred (in at most
/// `queue_ids` entries, the most recently used kept), so that Postfix's `status=expired`,
/// which names no recipient, gives a record for each recipient deferred before.
///
/// ```
/// use smtp_codes::log::LogReader;
/// use smtp_codes::explain::Reason;
///
/// let log = "\
/// Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, size=550, nrcpt=1 (queue active)
/// Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.2/0.9, dsn=4.7.1, status=deferred (host mx.example.com[192.0.2.1] said: 450 4.7.1 Greylisted, try again later (in reply to RCPT TO command))
/// Dec  6 10:00:01 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, status=expired, returned to sender
/// ";
/// let mut reader = LogReader::new(2026);
/// let records: Vec<_> = reader.records(log.lines()).collect();
/// assert_eq!(records.len(), 2);
/// assert_eq!(records[1].status().as_str(), "expired");
/// assert_eq!(records[1].recipient(), Some("bob@example.com"));
/// assert_eq!(records[1].sender(), Some("alice@example.org"));
/// assert_eq!(records[1].verdict().reason(), Reason::Greylisted);
/// assert!(!records[1].verdict().retry());
/// assert_eq!(reader.counts().other, 1);
/// ```
#[derive(Debug)]
pub struct LogReader {
    queues: Queues,
    default_year: u16,
    counts: LineCounts,
}

impl LogReader {
    /// A reader whose RFC 3164 lines (which have no year) are dated in `default_year`.
    pub fn new(default_year: u16) -> LogReader {
        LogReader::with_capacity(default_year, DEFAULT_QUEUE_IDS)
    }

    /// A reader that remembers at most `queue_ids` queue ids.
    pub fn with_capacity(default_year: u16, queue_ids: usize) -> LogReader {
        LogReader {
            queues: Queues::new(queue_ids),
            default_year,
            counts: LineCounts::default(),
        }
    }

    /// What became of the lines read so far.
    pub const fn counts(&self) -> LineCounts {
        self.counts
    }

    /// How many queue ids are remembered now.
    pub fn remembered_queue_ids(&self) -> usize {
        self.queues.len()
    }

    /// The records of one line (without or with its line ending): none for most lines.
    pub fn read_line(&mut self, line: &[u8]) -> Vec<LogRecord> {
        self.counts.lines += 1;
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = match std::str::from_utf8(line) {
            Ok(t) if t.len() <= MAX_LINE_LEN && !t.contains('\0') => t,
            _ => {
                self.counts.skipped += 1;
                return Vec::new();
            }
        };
        let records = match logline::parse(text) {
            Some(parsed) if parsed.mta().is_some() => self.event(&parsed),
            _ => Vec::new(),
        };
        if records.is_empty() {
            self.counts.other += 1;
        } else {
            self.counts.deliveries += 1;
            self.counts.records += records.len() as u64;
        }
        records
    }

    /// The records of every line, as they come.
    pub fn records<I>(&mut self, lines: I) -> Records<'_, I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        Records {
            reader: self,
            lines: lines.into_iter(),
            pending: Vec::new().into_iter(),
        }
    }

    fn event(&mut self, line: &LogLine<'_>) -> Vec<LogRecord> {
        match line.event() {
            Event::Delivery(d) => self.delivery(line, &d),
            Event::Queued { queue_id, sender } => {
                self.queues.entry(queue_id).sender = Some(sender.to_string());
                Vec::new()
            }
            Event::Expired { queue_id, sender } => self.expired(line, queue_id, sender),
            Event::Done { queue_id } => {
                self.queues.remove(queue_id);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn delivery(&mut self, line: &LogLine<'_>, d: &Delivery<'_>) -> Vec<LogRecord> {
        let mut recipients: Vec<Option<&str>> = d.recipients().map(Some).collect();
        if recipients.is_empty() {
            recipients.push(None);
        }
        let remembered_sender = d
            .queue_id()
            .and_then(|q| self.queues.get(q))
            .and_then(|s| s.sender.clone());
        let sender = d.sender().map(str::to_string).or(remembered_sender);
        let mut records = Vec::with_capacity(recipients.len());
        for recipient in recipients {
            let last_attempt = match (d.attempted(), d.queue_id(), recipient) {
                (false, Some(q), Some(r)) => self.deferred(q, r),
                _ => None,
            };
            if let (Some(queue_id), Some(rcpt)) = (d.queue_id(), recipient) {
                if d.attempted() || d.status() != DeliveryStatus::Deferred {
                    self.remember(queue_id, rcpt, d);
                }
            }
            let mut seen = Seen {
                recipient,
                original_recipient: d.original_recipient(),
                relay: d.relay(),
                status: d.status(),
                dsn: d.dsn(),
                server_text: d.server_text(),
            };
            // Exim's `** rcpt: retry timeout exceeded` and `== rcpt ...: retry time not
            // reached` say only that it did not try: what the last attempt said is why.
            if let Some(last) = &last_attempt {
                seen.dsn = last.dsn.or(seen.dsn);
                seen.server_text = last.server_text.as_deref().or(seen.server_text);
                seen.relay = last.relay.as_deref().or(seen.relay);
            }
            records.push(self.record(line, d.queue_id(), sender.clone(), seen, d.delay()));
        }
        records
    }

    /// What the last deferral of `recipient` under `queue_id` said, if it is remembered.
    fn deferred(&self, queue_id: &str, recipient: &str) -> Option<Deferred> {
        let state = self.queues.get(queue_id)?;
        state
            .deferred
            .iter()
            .find(|r| r.recipient == recipient)
            .cloned()
    }

    /// Keeps deferred recipients, forgets them once sent or bounced.
    fn remember(&mut self, queue_id: &str, recipient: &str, d: &Delivery<'_>) {
        let state = self.queues.entry(queue_id);
        let known = state.deferred.iter().position(|r| r.recipient == recipient);
        match (d.status(), known) {
            (DeliveryStatus::Deferred, Some(at)) => {
                let r = &mut state.deferred[at];
                r.dsn = d.dsn();
                r.server_text = d.server_text().map(str::to_string);
                r.relay = d.relay().map(str::to_string);
            }
            (DeliveryStatus::Deferred, None) => {
                if state.deferred.len() < MAX_DEFERRED_PER_QUEUE_ID {
                    state.deferred.push(Deferred {
                        recipient: recipient.to_string(),
                        original_recipient: d.original_recipient().map(str::to_string),
                        dsn: d.dsn(),
                        server_text: d.server_text().map(str::to_string),
                        relay: d.relay().map(str::to_string),
                    });
                }
            }
            (_, Some(at)) => {
                state.deferred.swap_remove(at);
            }
            (_, None) => {}
        }
    }

    /// Postfix gave up on a message: a record for each recipient it had deferred, with what
    /// the last attempt said.
    fn expired(&mut self, line: &LogLine<'_>, queue_id: &str, sender: &str) -> Vec<LogRecord> {
        let deferred = match self.queues.remove(queue_id) {
            Some(state) => state.deferred,
            None => Vec::new(),
        };
        let sender = Some(sender.to_string());
        if deferred.is_empty() {
            let seen = Seen {
                recipient: None,
                original_recipient: None,
                relay: None,
                status: DeliveryStatus::Expired,
                dsn: None,
                server_text: None,
            };
            return vec![self.record(line, Some(queue_id), sender, seen, None)];
        }
        deferred
            .iter()
            .map(|r| {
                let seen = Seen {
                    recipient: Some(&r.recipient),
                    original_recipient: r.original_recipient.as_deref(),
                    relay: r.relay.as_deref(),
                    status: DeliveryStatus::Expired,
                    dsn: r.dsn,
                    server_text: r.server_text.as_deref(),
                };
                self.record(line, Some(queue_id), sender.clone(), seen, None)
            })
            .collect()
    }

    fn record(
        &self,
        line: &LogLine<'_>,
        queue_id: Option<&str>,
        sender: Option<String>,
        seen: Seen<'_>,
        delay: Option<f64>,
    ) -> LogRecord {
        let command = seen.server_text.and_then(smtp_command);
        let (action, dsn) = match seen.status {
            DeliveryStatus::Sent | DeliveryStatus::Deliverable => {
                (Some(Action::Delivered), seen.dsn)
            }
            DeliveryStatus::Deferred => (Some(Action::Delayed), seen.dsn),
            DeliveryStatus::Bounced | DeliveryStatus::Undeliverable => {
                (Some(Action::Failed), seen.dsn)
            }
            // It gave up on a temporary failure: "delivery time expired" (RFC 3463 X.4.7)
            // when the log kept nothing more precise.
            DeliveryStatus::Expired => (
                Some(Action::Failed),
                seen.dsn
                    .filter(|d| d.class().digit() == 4)
                    .or(EnhancedStatusCode::new(4, 4, 7)),
            ),
            // The MTA refused its own client: the reply alone says what it means.
            DeliveryStatus::Rejected => (None, seen.dsn),
        };
        let verdict = judge(seen.server_text, true, dsn, action, command);
        LogRecord {
            time: line.stamp().map(|_| line.time().to_string()),
            timestamp: line.stamp().map(|s| s.iso8601(self.default_year)),
            host: line.host().map(str::to_string),
            mta: line.mta().expect("only MTA lines give records"),
            queue_id: queue_id.map(str::to_string),
            recipient: seen.recipient.map(str::to_string),
            original_recipient: seen.original_recipient.map(str::to_string),
            sender,
            relay: seen.relay.map(str::to_string),
            status: seen.status,
            dsn: seen.dsn,
            delay,
            server_text: seen.server_text.map(str::to_string),
            smtp_command: command,
            verdict,
        }
    }
}

/// What one record is made of, from the line or from the queue id's memory.
struct Seen<'a> {
    recipient: Option<&'a str>,
    original_recipient: Option<&'a str>,
    relay: Option<&'a str>,
    status: DeliveryStatus,
    dsn: Option<EnhancedStatusCode>,
    server_text: Option<&'a str>,
}

/// The records of a sequence of lines, as they come (see [`LogReader::records`]).
#[derive(Debug)]
pub struct Records<'r, I> {
    reader: &'r mut LogReader,
    lines: I,
    pending: std::vec::IntoIter<LogRecord>,
}

impl<I> Iterator for Records<'_, I>
where
    I: Iterator,
    I::Item: AsRef<[u8]>,
{
    type Item = LogRecord;

    fn next(&mut self) -> Option<LogRecord> {
        loop {
            if let Some(record) = self.pending.next() {
                return Some(record);
            }
            let line = self.lines.next()?;
            self.pending = self.reader.read_line(line.as_ref()).into_iter();
        }
    }
}

/// The current year (UTC): the default year of RFC 3164 lines, which have none.
pub fn current_year() -> u16 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_year((secs / 86_400) as i64)
}

/// The Gregorian year of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_year(days: i64) -> u16 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    year.clamp(0, 9999) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_from_days() {
        assert_eq!(civil_year(0), 1970);
        assert_eq!(civil_year(20_788), 2026); // 2026-12-01
        assert_eq!(civil_year(20_453), 2025); // 2025-12-31
        assert_eq!(civil_year(20_454), 2026); // 2026-01-01
        assert_eq!(civil_year(11_016), 2000); // 2000-02-29
    }
}
