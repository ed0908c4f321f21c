//! What a log line gives: its time, the MTA that wrote it, and the event it reports.

use crate::types::EnhancedStatusCode;

/// The MTA that wrote a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mta {
    /// Postfix (`postfix/smtp`, `postfix/qmgr`, `postfix-out/smtpd`, ...).
    Postfix,
    /// Exim's main log, or Exim through syslog.
    Exim,
    /// Sendmail (`sendmail`, `sm-mta`).
    Sendmail,
}

impl Mta {
    /// `postfix`, `exim` or `sendmail`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Mta::Postfix => "postfix",
            Mta::Exim => "exim",
            Mta::Sendmail => "sendmail",
        }
    }
}

/// What became of a delivery, as the MTA wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryStatus {
    /// Delivered (or handed to the next hop).
    Sent,
    /// Not delivered yet; the MTA will try again.
    Deferred,
    /// Refused for good; the MTA returns the message.
    Bounced,
    /// The MTA gave up after trying for its queue lifetime.
    Expired,
    /// Refused by the MTA that wrote the line, during the SMTP session (its client was told).
    Rejected,
    /// An address-verification probe found the address deliverable (Postfix).
    Deliverable,
    /// An address-verification probe found the address undeliverable (Postfix).
    Undeliverable,
}

impl DeliveryStatus {
    /// `sent`, `deferred`, `bounced`, `expired`, `rejected`, `deliverable` or `undeliverable`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Deferred => "deferred",
            DeliveryStatus::Bounced => "bounced",
            DeliveryStatus::Expired => "expired",
            DeliveryStatus::Rejected => "rejected",
            DeliveryStatus::Deliverable => "deliverable",
            DeliveryStatus::Undeliverable => "undeliverable",
        }
    }

    /// The status a Postfix `status=` value names.
    pub(super) fn from_postfix(word: &str) -> Option<DeliveryStatus> {
        Some(match word {
            "sent" => DeliveryStatus::Sent,
            "deferred" => DeliveryStatus::Deferred,
            "bounced" => DeliveryStatus::Bounced,
            "expired" => DeliveryStatus::Expired,
            "deliverable" => DeliveryStatus::Deliverable,
            "undeliverable" => DeliveryStatus::Undeliverable,
            _ => return None,
        })
    }
}

/// When a line was written, as its prefix gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp<'a> {
    pub(super) year: Option<u16>,
    pub(super) month: u8,
    pub(super) day: u8,
    /// `HH:MM:SS`, with a fraction when the log has one.
    pub(super) clock: &'a str,
    /// `Z`, `+01:00`, `+0100`, or empty.
    pub(super) offset: &'a str,
}

impl Stamp<'_> {
    /// The year, when the prefix has one (RFC 3164 prefixes have none).
    pub const fn year(&self) -> Option<u16> {
        self.year
    }
    /// The month, 1 to 12.
    pub const fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// ISO 8601: `2026-12-01T10:00:00.123+01:00`, the year from the prefix or else
    /// `default_year`; the offset as written (`+0100` becomes `+01:00`), none when the log
    /// gives none (local time).
    pub fn iso8601(&self, default_year: u16) -> String {
        let year = self.year.unwrap_or(default_year);
        let offset = self.offset;
        let offset = match offset.as_bytes() {
            [s @ (b'+' | b'-'), h1, h2, m1, m2] => {
                format!(
                    "{}{}{}:{}{}",
                    *s as char, *h1 as char, *h2 as char, *m1 as char, *m2 as char
                )
            }
            _ => offset.to_string(),
        };
        format!(
            "{year:04}-{:02}-{:02}T{}{offset}",
            self.month, self.day, self.clock
        )
    }
}

/// One log line: its prefix and what it reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogLine<'a> {
    pub(super) time: &'a str,
    pub(super) stamp: Option<Stamp<'a>>,
    pub(super) host: Option<&'a str>,
    pub(super) program: Option<&'a str>,
    pub(super) message: &'a str,
    pub(super) mta: Option<Mta>,
    pub(super) event: Event<'a>,
}

impl<'a> LogLine<'a> {
    /// The time as written in the log (empty for a line with no time: `journalctl -o cat`).
    pub const fn time(&self) -> &'a str {
        self.time
    }
    /// The time, read; `None` for a line that starts with its program's tag.
    pub const fn stamp(&self) -> Option<Stamp<'a>> {
        self.stamp
    }
    /// The host that wrote the line (syslog's hostname field; Exim's own log has none).
    pub const fn host(&self) -> Option<&'a str> {
        self.host
    }
    /// The program that wrote the line, without its process id (`postfix/smtp`).
    pub const fn program(&self) -> Option<&'a str> {
        self.program
    }
    /// The line after its prefix.
    pub const fn message(&self) -> &'a str {
        self.message
    }
    /// The MTA that wrote the line, if it is one this module reads.
    pub const fn mta(&self) -> Option<Mta> {
        self.mta
    }
    /// What the line reports.
    pub const fn event(&self) -> Event<'a> {
        self.event
    }
}

/// What a line reports.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Event<'a> {
    /// A delivery result or a rejection, for one recipient (Sendmail: one or more).
    Delivery(Delivery<'a>),
    /// A message entered the queue: its sender (Postfix's `qmgr` `from=`, Exim's `<=`,
    /// Sendmail's `from=`).
    Queued {
        /// The queue id.
        queue_id: &'a str,
        /// The envelope sender (empty for a bounce's null sender).
        sender: &'a str,
    },
    /// Postfix gave up on a message after its queue lifetime (`qmgr`, `status=expired`):
    /// the line names no recipient; they are the ones still deferred under this queue id.
    Expired {
        /// The queue id.
        queue_id: &'a str,
        /// The envelope sender.
        sender: &'a str,
    },
    /// The message left the queue (Postfix's `removed`, Exim's `Completed`).
    Done {
        /// The queue id.
        queue_id: &'a str,
    },
    /// Anything else: connections, warnings, statistics.
    Other,
}

/// A delivery result or a rejection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Delivery<'a> {
    pub(super) queue_id: Option<&'a str>,
    pub(super) recipients: &'a str,
    pub(super) original_recipient: Option<&'a str>,
    pub(super) sender: Option<&'a str>,
    pub(super) relay: Option<&'a str>,
    pub(super) status: DeliveryStatus,
    pub(super) dsn: Option<EnhancedStatusCode>,
    pub(super) delay: Option<f64>,
    pub(super) server_text: Option<&'a str>,
    pub(super) attempted: bool,
}

impl<'a> Delivery<'a> {
    /// The queue id (`None` for a rejection before queueing: Postfix's `NOQUEUE`).
    pub const fn queue_id(&self) -> Option<&'a str> {
        self.queue_id
    }
    /// The recipient (the first, for a Sendmail line that names several).
    pub fn recipient(&self) -> Option<&'a str> {
        self.recipients().next()
    }
    /// Every recipient the line names: one, except on Sendmail lines (`to=<a>,<b>`).
    pub fn recipients(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.recipients
            .split(',')
            .map(|a| a.trim().trim_start_matches('<').trim_end_matches('>'))
            .filter(|a| !a.is_empty())
    }
    /// The address as the sender gave it, when the MTA rewrote it (`orig_to=`).
    pub const fn original_recipient(&self) -> Option<&'a str> {
        self.original_recipient
    }
    /// The envelope sender, when the line has it.
    pub const fn sender(&self) -> Option<&'a str> {
        self.sender
    }
    /// The next hop (`relay=`, Exim's `H=`), or for a rejection the client it refused.
    pub const fn relay(&self) -> Option<&'a str> {
        self.relay
    }
    /// What became of the delivery.
    pub const fn status(&self) -> DeliveryStatus {
        self.status
    }
    /// The enhanced status code the MTA recorded (`dsn=`).
    pub const fn dsn(&self) -> Option<EnhancedStatusCode> {
        self.dsn
    }
    /// How long the delivery took, in seconds (`delay=`; Exim's `QT=` when logged).
    pub const fn delay(&self) -> Option<f64> {
        self.delay
    }
    /// The reply or the MTA's explanation (Postfix's parenthesised text, the text after
    /// Exim's colon, Sendmail's `stat=`): the only place a reply code can stand.
    pub const fn server_text(&self) -> Option<&'a str> {
        self.server_text
    }
    /// Whether the line reports an attempt. Exim also logs a deferral or a failure when it
    /// did not try at all (`retry time not reached`, `retry timeout exceeded`): why it
    /// failed is then what its last attempt said.
    pub const fn attempted(&self) -> bool {
        self.attempted
    }
}
