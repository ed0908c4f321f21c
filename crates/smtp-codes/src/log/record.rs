//! What reading a log gives: one record per delivery result or rejection, with its verdict.
//! Plain data with accessors; names as in the JSON.

use crate::delivery::Verdict;
use crate::logline::{DeliveryStatus, Mta};
use crate::types::EnhancedStatusCode;

/// One delivery result or rejection, for one recipient.
#[derive(Debug, Clone, PartialEq)]
pub struct LogRecord {
    pub(crate) time: Option<String>,
    pub(crate) timestamp: Option<String>,
    pub(crate) host: Option<String>,
    pub(crate) mta: Mta,
    pub(crate) queue_id: Option<String>,
    pub(crate) recipient: Option<String>,
    pub(crate) original_recipient: Option<String>,
    pub(crate) sender: Option<String>,
    pub(crate) relay: Option<String>,
    pub(crate) status: DeliveryStatus,
    pub(crate) dsn: Option<EnhancedStatusCode>,
    pub(crate) delay: Option<f64>,
    pub(crate) server_text: Option<String>,
    pub(crate) smtp_command: Option<&'static str>,
    pub(crate) verdict: Verdict,
}

impl LogRecord {
    /// The time as written in the log (`None` for a line without one).
    pub fn time(&self) -> Option<&str> {
        self.time.as_deref()
    }
    /// The time in ISO 8601 (RFC 3164 lines have no year: the reader's default year).
    pub fn timestamp(&self) -> Option<&str> {
        self.timestamp.as_deref()
    }
    /// The host that wrote the line (syslog's hostname; Exim's own log names none).
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }
    /// The MTA that wrote the line.
    pub const fn mta(&self) -> Mta {
        self.mta
    }
    /// The queue id (none for a rejection before queueing).
    pub fn queue_id(&self) -> Option<&str> {
        self.queue_id.as_deref()
    }
    /// The recipient.
    pub fn recipient(&self) -> Option<&str> {
        self.recipient.as_deref()
    }
    /// The address as the sender gave it, when the MTA rewrote it.
    pub fn original_recipient(&self) -> Option<&str> {
        self.original_recipient.as_deref()
    }
    /// The envelope sender: from the line, or from an earlier line of the same queue id.
    pub fn sender(&self) -> Option<&str> {
        self.sender.as_deref()
    }
    /// The next hop, or for a rejection the client refused.
    pub fn relay(&self) -> Option<&str> {
        self.relay.as_deref()
    }
    /// What became of the delivery.
    pub const fn status(&self) -> DeliveryStatus {
        self.status
    }
    /// The enhanced status code the MTA recorded (`dsn=`).
    pub const fn dsn(&self) -> Option<EnhancedStatusCode> {
        self.dsn
    }
    /// How long the delivery took, in seconds.
    pub const fn delay(&self) -> Option<f64> {
        self.delay
    }
    /// The reply or the MTA's explanation, as the log gives it.
    pub fn server_text(&self) -> Option<&str> {
        self.server_text.as_deref()
    }
    /// The SMTP command the reply answered, when the text says so (`RCPT`, `DATA_END`, ...).
    pub const fn smtp_command(&self) -> Option<&'static str> {
        self.smtp_command
    }
    /// The verdict: the reply's text weighed with the status and `dsn=` the MTA recorded.
    pub const fn verdict(&self) -> &Verdict {
        &self.verdict
    }
}
