//! What reading a bounce message gives: the report, one record per recipient, and the
//! verdict for each. Plain data with accessors; names as in the JSON.

pub use crate::delivery::{Action, Verdict};
use crate::types::EnhancedStatusCode;
use core::fmt;

/// What kind of message was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageKind {
    /// A delivery status notification (RFC 3464 `multipart/report`).
    Dsn,
    /// The plain-text report of an MTA or provider that writes no DSN.
    NonDsn,
    /// A feedback report (ARF, RFC 5965): a complaint about a message.
    Feedback,
    /// An automatic reply (RFC 3834), such as a vacation notice.
    AutoReply,
    /// A message that is none of these.
    NotBounce,
}

impl MessageKind {
    /// `dsn`, `non_dsn`, `feedback`, `auto_reply` or `not_bounce`.
    pub const fn as_str(self) -> &'static str {
        match self {
            MessageKind::Dsn => "dsn",
            MessageKind::NonDsn => "non_dsn",
            MessageKind::Feedback => "feedback",
            MessageKind::AutoReply => "auto_reply",
            MessageKind::NotBounce => "not_bounce",
        }
    }
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One recipient of a report, with the verdict for that recipient alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientReport {
    pub(crate) recipient: Option<String>,
    pub(crate) original_recipient: Option<String>,
    pub(crate) action: Option<Action>,
    pub(crate) dsn: Option<EnhancedStatusCode>,
    pub(crate) remote_mta: Option<String>,
    pub(crate) diagnostic_type: Option<String>,
    pub(crate) server_text: Option<String>,
    pub(crate) last_attempt: Option<String>,
    pub(crate) will_retry_until: Option<String>,
    pub(crate) smtp_command: Option<&'static str>,
    pub(crate) verdict: Verdict,
}

impl RecipientReport {
    /// The recipient's address (`Final-Recipient`, or the address the report names).
    pub fn recipient(&self) -> Option<&str> {
        self.recipient.as_deref()
    }
    /// The address as the sender gave it (`Original-Recipient`), when it differs.
    pub fn original_recipient(&self) -> Option<&str> {
        self.original_recipient.as_deref()
    }
    /// What the reporting MTA did.
    pub const fn action(&self) -> Option<Action> {
        self.action
    }
    /// The DSN's `Status:` field.
    pub const fn dsn(&self) -> Option<EnhancedStatusCode> {
        self.dsn
    }
    /// The host that gave the reply (`Remote-MTA`).
    pub fn remote_mta(&self) -> Option<&str> {
        self.remote_mta.as_deref()
    }
    /// The type of the `Diagnostic-Code` (`smtp`, `x-unix`, ...).
    pub fn diagnostic_type(&self) -> Option<&str> {
        self.diagnostic_type.as_deref()
    }
    /// The server's reply or the report's text for this recipient, unfolded.
    pub fn server_text(&self) -> Option<&str> {
        self.server_text.as_deref()
    }
    /// When the last attempt was made (`Last-Attempt-Date`), as written.
    pub fn last_attempt(&self) -> Option<&str> {
        self.last_attempt.as_deref()
    }
    /// Until when the MTA will try (`Will-Retry-Until`), as written.
    pub fn will_retry_until(&self) -> Option<&str> {
        self.will_retry_until.as_deref()
    }
    /// The SMTP command the reply answered, when the text says so (`RCPT`, `DATA`, ...).
    pub const fn smtp_command(&self) -> Option<&'static str> {
        self.smtp_command
    }
    /// The verdict for this recipient.
    pub const fn verdict(&self) -> &Verdict {
        &self.verdict
    }
}

/// A bounce message, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BounceReport {
    pub(crate) kind: MessageKind,
    pub(crate) reporting_mta: Option<String>,
    pub(crate) arrival_date: Option<String>,
    pub(crate) original_message_id: Option<String>,
    pub(crate) original_from: Option<String>,
    pub(crate) original_to: Option<String>,
    pub(crate) original_subject: Option<String>,
    pub(crate) feedback_type: Option<String>,
    pub(crate) recipients: Vec<RecipientReport>,
}

impl BounceReport {
    /// What kind of message it is.
    pub const fn kind(&self) -> MessageKind {
        self.kind
    }
    /// The MTA that wrote the report (`Reporting-MTA`, or the sender's host).
    pub fn reporting_mta(&self) -> Option<&str> {
        self.reporting_mta.as_deref()
    }
    /// When the reporting MTA received the message (`Arrival-Date`), as written.
    pub fn arrival_date(&self) -> Option<&str> {
        self.arrival_date.as_deref()
    }
    /// The returned message's `Message-ID`.
    pub fn original_message_id(&self) -> Option<&str> {
        self.original_message_id.as_deref()
    }
    /// The returned message's sender (`From`).
    pub fn original_from(&self) -> Option<&str> {
        self.original_from.as_deref()
    }
    /// The returned message's `To`.
    pub fn original_to(&self) -> Option<&str> {
        self.original_to.as_deref()
    }
    /// The returned message's `Subject`.
    pub fn original_subject(&self) -> Option<&str> {
        self.original_subject.as_deref()
    }
    /// A feedback report's `Feedback-Type` (`abuse`, `fraud`, ...).
    pub fn feedback_type(&self) -> Option<&str> {
        self.feedback_type.as_deref()
    }
    /// One record per recipient, in the report's order.
    pub fn recipients(&self) -> &[RecipientReport] {
        &self.recipients
    }
}
