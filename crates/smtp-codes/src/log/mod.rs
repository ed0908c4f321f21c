//! Layer 7, MTA logs (feature `log`): Postfix, Exim and Sendmail logs read line by line, one
//! record per delivery result or rejection, each with its verdict.
//!
//! Lines are read by [`logline`](crate::logline), which knows the prefixes (RFC 3164 and
//! RFC 5424 syslog, ISO 8601 timestamps as rsyslog and journald write them, Postfix's
//! `maillog_file`, Exim's main log) and where each MTA writes the recipient, the status, the
//! `dsn=` and the reply. A record's verdict weighs the reply's text with the status and the
//! `dsn=` as a bounce message's is weighed with its DSN fields: `deferred` is a soft bounce
//! still retried; `bounced` a failure; `expired` a temporary failure given up on (soft, no
//! retry; the reason from the last attempt's text, else `expired`); `sent` no failure; a
//! rejection is what its reply says.
//!
//! Lines that report no delivery (connections, queueing, the MTA's own warnings) give no
//! record, only a count in [`LineCounts`]: no number in them is ever taken for a reply.
//!
//! # Limits
//!
//! Reading streams: a line is read, its records given, and only a bounded memory of queue
//! ids is kept ([`DEFAULT_QUEUE_IDS`], each with at most 256 deferred recipients). Lines
//! longer than [`MAX_LINE_LEN`](crate::logline::MAX_LINE_LEN), not UTF-8 or with NUL bytes
//! are skipped and counted.

mod queues;
mod reader;
mod record;
mod summary;

pub use reader::{current_year, LineCounts, LogReader, Records, DEFAULT_QUEUE_IDS};
pub use record::LogRecord;
pub use summary::{DomainCounts, Summary, MAX_DOMAINS};
