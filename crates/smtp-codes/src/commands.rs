//! Which replies each SMTP command may return (RFC 5321 §4.3.2 and extension RFCs).

use crate::code::ReplyCode;
use crate::generated;
pub use crate::generated::Command;
use core::fmt;

/// The role a reply plays after a command in RFC 5321 §4.3.2's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplyRole {
    /// The command succeeded (`S` in the RFC's table).
    Success,
    /// The command was accepted and more is expected (`I`).
    Intermediate,
    /// The command failed (`E`), including the codes any command may return.
    Error,
}

/// The replies one command may return.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandEntry {
    pub(crate) command: Command,
    pub(crate) name: &'static str,
    pub(crate) refs: &'static [&'static str],
    pub(crate) success: &'static [u16],
    pub(crate) intermediate: &'static [u16],
    pub(crate) error: &'static [u16],
}

fn codes(list: &'static [u16]) -> impl ExactSizeIterator<Item = ReplyCode> {
    list.iter().map(|&c| ReplyCode::from_known(c))
}

impl CommandEntry {
    /// The command.
    pub const fn command(&self) -> Command {
        self.command
    }
    /// The command's name: the verb (`RCPT`), or `CONNECT` for the greeting and `DATA_END`
    /// for the reply to the final `<CRLF>.<CRLF>`.
    pub const fn name(&self) -> &'static str {
        self.name
    }
    /// Where the sequence is defined.
    pub const fn references(&self) -> &'static [&'static str] {
        self.refs
    }
    /// The success replies.
    pub fn success(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.success)
    }
    /// The intermediate replies.
    pub fn intermediate(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.intermediate)
    }
    /// The error replies listed for this command, without the ones any command may return
    /// (see [`any_command_errors`]).
    pub fn errors(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.error)
    }
}

impl Command {
    /// Every command of the table, in the catalog's order.
    pub fn all() -> impl ExactSizeIterator<Item = Command> {
        generated::COMMANDS.iter().map(|e| e.command)
    }

    /// The table's entry for this command.
    pub fn entry(self) -> &'static CommandEntry {
        &generated::COMMANDS[self as usize]
    }

    /// The command's name, such as `RCPT`.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// Looks a command up by name, in any case (`rcpt`, `RCPT`).
    pub fn from_name(name: &str) -> Option<Command> {
        generated::COMMANDS
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.command)
    }

    /// The role `code` plays after this command, or `None` if the RFCs do not list it.
    /// Codes any command may return (`421`, `500`, `501`) are errors for every command.
    pub fn role_of(self, code: ReplyCode) -> Option<ReplyRole> {
        let entry = self.entry();
        let n = code.as_u16();
        if entry.success.contains(&n) {
            Some(ReplyRole::Success)
        } else if entry.intermediate.contains(&n) {
            Some(ReplyRole::Intermediate)
        } else if entry.error.contains(&n) || generated::ANY_COMMAND_ERRORS.contains(&n) {
            Some(ReplyRole::Error)
        } else {
            None
        }
    }

    /// Whether the command may return `code`: "may RCPT return 354?" (no).
    ///
    /// ```
    /// use smtp_codes::{Command, ReplyCode};
    /// assert!(!Command::Rcpt.may_return(ReplyCode::START_MAIL_INPUT));
    /// assert!(Command::Data.may_return(ReplyCode::START_MAIL_INPUT));
    /// ```
    pub fn may_return(self, code: ReplyCode) -> bool {
        self.role_of(code).is_some()
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error codes any command may return (RFC 5321 §4.3.2: `421`, `500`, `501`).
pub fn any_command_errors() -> impl ExactSizeIterator<Item = ReplyCode> {
    codes(&generated::ANY_COMMAND_ERRORS)
}

/// Every command's entry, in the catalog's order.
pub fn commands() -> &'static [CommandEntry] {
    &generated::COMMANDS
}
