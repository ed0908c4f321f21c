//! Layer 6, whole bounce messages (feature `message`): a delivery status notification
//! (RFC 3464), the plain-text report of an MTA that writes none, a feedback report (RFC 5965)
//! or an automatic reply (RFC 3834), read recipient by recipient, each with its own verdict.
//!
//! ```
//! use smtp_codes::message::{read, MessageKind};
//! use smtp_codes::explain::Reason;
//!
//! let bounce = b"From: MAILER-DAEMON@mx.example.net\r\n\
//!     To: alice@example.org\r\n\
//!     Subject: failure notice\r\n\r\n\
//!     Hi. This is the qmail-send program at mx.example.net.\r\n\
//!     I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n\
//!     <bob@example.com>:\r\n\
//!     192.0.2.1 does not like recipient.\r\n\
//!     Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\r\n";
//! let report = read(bounce).unwrap();
//! assert_eq!(report.kind(), MessageKind::NonDsn);
//! let bob = &report.recipients()[0];
//! assert_eq!(bob.recipient(), Some("bob@example.com"));
//! assert_eq!(bob.verdict().reason(), Reason::UserUnknown);
//! assert!(bob.verdict().suppress());
//! ```
//!
//! # How a recipient is judged
//!
//! The reply's text is explained as [`explain`](crate::explain::explain) does; the DSN's
//! fields are evidence next to it. `Action: delayed` means the sender's MTA is still trying
//! (a soft bounce, retry). `Action: failed` with a `4.x.x` status means it gave up on a
//! temporary failure (soft, no retry; the reason from the text, else `expired`).
//! `delivered`, `relayed` and `expanded` are not failures. Where the text says nothing
//! specific, the `Status:` field decides. A feedback report is a `complaint` (abuse
//! complaints are suppressed, as senders do); an automatic reply is no failure.
//!
//! # Limits
//!
//! MIME structure, transfer encodings, RFC 2047 words and charsets are read by mail-parser.
//! Messages over [`MAX_MESSAGE_LEN`], with more than [`MAX_PARTS`] MIME parts, or with more
//! boundary delimiters (`--`) than 256 and one every 32 bytes are refused; a report keeps at
//! most [`MAX_RECIPIENTS`] recipients, and each recipient's text at most 4 KiB. Reading is
//! linear in the input; memory stays within a small multiple of it. Nested messages sent in
//! base64 or quoted-printable, which mail-parser decodes and parses, count against the
//! limits decoded.

mod fields;
mod read;
mod report;
mod ses;
mod text;

#[doc(hidden)]
pub use read::parse_mime_only;
pub use read::{read, MessageError, MAX_MESSAGE_LEN, MAX_PARTS, MAX_RECIPIENTS};
pub use report::{Action, BounceReport, MessageKind, RecipientReport, Verdict};
