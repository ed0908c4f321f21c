//! Which replies each SMTP command may return (RFC 5321 §4.3.2 and extension RFCs).
//!
//! ```
//! use smtp_codes::commands::Command;
//! use smtp_codes::ReplyCode;
//!
//! assert!(!Command::Rcpt.may_return(ReplyCode::START_MAIL_INPUT));
//! assert!(Command::Data.may_return(ReplyCode::START_MAIL_INPUT));
//! ```

pub use crate::generated::commands::{any_command_errors, commands, Command, CommandEntry};
pub use crate::types::ReplyRole;
