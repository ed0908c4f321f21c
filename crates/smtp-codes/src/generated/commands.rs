// @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the YAML and run `cargo xtask codegen` again.

use crate::types::{ReplyCode, ReplyRole};
use core::fmt;
/// An SMTP command, or a point of the session that gets a reply, as listed in
/// RFC 5321 §4.3.2 and the extension RFCs. New commands may be added in minor
/// releases, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Command {
    /// The connection greeting, before any command.
    Connect,
    /// `EHLO` (RFC 5321 §4.3.2).
    Ehlo,
    /// `HELO` (RFC 5321 §4.3.2).
    Helo,
    /// `MAIL` (RFC 5321 §4.3.2).
    Mail,
    /// `RCPT` (RFC 5321 §4.3.2).
    Rcpt,
    /// `DATA` (RFC 5321 §4.3.2).
    Data,
    /// The end of the message data (`<CRLF>.<CRLF>`).
    DataEnd,
    /// `RSET` (RFC 5321 §4.3.2).
    Rset,
    /// `VRFY` (RFC 5321 §4.3.2).
    Vrfy,
    /// `EXPN` (RFC 5321 §4.3.2).
    Expn,
    /// `HELP` (RFC 5321 §4.3.2).
    Help,
    /// `NOOP` (RFC 5321 §4.3.2).
    Noop,
    /// `QUIT` (RFC 5321 §4.3.2).
    Quit,
    /// `AUTH` (RFC 4954 §4, RFC 4954 §6, RFC 3207 §4).
    Auth,
    /// `STARTTLS` (RFC 3207 §4).
    Starttls,
    /// `BDAT` (RFC 3030 §2).
    Bdat,
    /// `ETRN` (RFC 1985 §5).
    Etrn,
    /// `ATRN` (RFC 2645).
    Atrn,
}
/// The replies one command may get.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandEntry {
    command: Command,
    name: &'static str,
    refs: &'static [&'static str],
    success: &'static [u16],
    intermediate: &'static [u16],
    error: &'static [u16],
}
/// The replies any command may get (RFC 5321 §4.3.2).
static ANY_COMMAND_ERRORS: [u16; 3] = [421, 500, 501];
static COMMANDS: [CommandEntry; 18] = [
    CommandEntry {
        command: Command::Connect,
        name: "CONNECT",
        refs: &["RFC 5321 §4.3.2"],
        success: &[220],
        intermediate: &[],
        error: &[554],
    },
    CommandEntry {
        command: Command::Ehlo,
        name: "EHLO",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[504, 550, 502],
    },
    CommandEntry {
        command: Command::Helo,
        name: "HELO",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[504, 550, 502],
    },
    CommandEntry {
        command: Command::Mail,
        name: "MAIL",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[552, 451, 452, 550, 553, 503, 455, 555],
    },
    CommandEntry {
        command: Command::Rcpt,
        name: "RCPT",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250, 251],
        intermediate: &[],
        error: &[550, 551, 552, 553, 450, 451, 452, 503, 455, 555],
    },
    CommandEntry {
        command: Command::Data,
        name: "DATA",
        refs: &["RFC 5321 §4.3.2"],
        success: &[],
        intermediate: &[354],
        error: &[503, 554],
    },
    CommandEntry {
        command: Command::DataEnd,
        name: "DATA_END",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[552, 554, 451, 452, 450, 550],
    },
    CommandEntry {
        command: Command::Rset,
        name: "RSET",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[],
    },
    CommandEntry {
        command: Command::Vrfy,
        name: "VRFY",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250, 251, 252],
        intermediate: &[],
        error: &[550, 551, 553, 502, 504],
    },
    CommandEntry {
        command: Command::Expn,
        name: "EXPN",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250, 252],
        intermediate: &[],
        error: &[550, 500, 502, 504],
    },
    CommandEntry {
        command: Command::Help,
        name: "HELP",
        refs: &["RFC 5321 §4.3.2"],
        success: &[211, 214],
        intermediate: &[],
        error: &[502, 504],
    },
    CommandEntry {
        command: Command::Noop,
        name: "NOOP",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[],
    },
    CommandEntry {
        command: Command::Quit,
        name: "QUIT",
        refs: &["RFC 5321 §4.3.2"],
        success: &[221],
        intermediate: &[],
        error: &[],
    },
    CommandEntry {
        command: Command::Auth,
        name: "AUTH",
        refs: &["RFC 4954 §4", "RFC 4954 §6", "RFC 3207 §4"],
        success: &[235],
        intermediate: &[334],
        error: &[432, 454, 500, 501, 503, 504, 530, 534, 535, 538],
    },
    CommandEntry {
        command: Command::Starttls,
        name: "STARTTLS",
        refs: &["RFC 3207 §4"],
        success: &[220],
        intermediate: &[],
        error: &[454, 501],
    },
    CommandEntry {
        command: Command::Bdat,
        name: "BDAT",
        refs: &["RFC 3030 §2"],
        success: &[250],
        intermediate: &[],
        error: &[503, 552, 554, 451, 452],
    },
    CommandEntry {
        command: Command::Etrn,
        name: "ETRN",
        refs: &["RFC 1985 §5"],
        success: &[250, 251, 252, 253],
        intermediate: &[],
        error: &[458, 459, 500, 501],
    },
    CommandEntry {
        command: Command::Atrn,
        name: "ATRN",
        refs: &["RFC 2645"],
        success: &[250],
        intermediate: &[],
        error: &[450, 451, 453],
    },
];
fn codes(list: &'static [u16]) -> impl ExactSizeIterator<Item = ReplyCode> {
    list.iter().map(|&c| ReplyCode::from_known(c))
}
impl CommandEntry {
    /// The command.
    pub const fn command(&self) -> Command {
        self.command
    }
    /// The command's name, such as `RCPT` (`CONNECT` and `DATA_END` for the greeting
    /// and the end of data).
    pub const fn name(&self) -> &'static str {
        self.name
    }
    /// The RFC sections that define the command's replies.
    pub const fn references(&self) -> &'static [&'static str] {
        self.refs
    }
    /// The success replies (`2yz`).
    pub fn success(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.success)
    }
    /// The intermediate replies (`3yz`).
    pub fn intermediate(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.intermediate)
    }
    /// The error replies (`4yz` and `5yz`) listed for this command, without the ones
    /// any command may return.
    pub fn errors(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
        codes(self.error)
    }
}
impl Command {
    /// Every command, in the order of RFC 5321 §4.3.2 followed by the extensions.
    pub fn all() -> impl ExactSizeIterator<Item = Command> {
        COMMANDS.iter().map(|e| e.command)
    }
    /// The command's entry in the table.
    pub fn entry(self) -> &'static CommandEntry {
        &COMMANDS[self as usize]
    }
    /// The command's name, such as `RCPT`.
    pub fn name(self) -> &'static str {
        self.entry().name
    }
    /// The command with this name, in any case.
    pub fn from_name(name: &str) -> Option<Command> {
        COMMANDS.iter().find(|e| e.name.eq_ignore_ascii_case(name)).map(|e| e.command)
    }
    /// The role `code` has as a reply to this command, or `None` if the command may
    /// not return it.
    pub fn role_of(self, code: ReplyCode) -> Option<ReplyRole> {
        let entry = self.entry();
        let n = code.as_u16();
        if entry.success.contains(&n) {
            Some(ReplyRole::Success)
        } else if entry.intermediate.contains(&n) {
            Some(ReplyRole::Intermediate)
        } else if entry.error.contains(&n) || ANY_COMMAND_ERRORS.contains(&n) {
            Some(ReplyRole::Error)
        } else {
            None
        }
    }
    /// Whether this command may return `code` ("may RCPT return 354?" -> no).
    pub fn may_return(self, code: ReplyCode) -> bool {
        self.role_of(code).is_some()
    }
}
impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
/// The replies any command may return (421, 500, 501).
pub fn any_command_errors() -> impl ExactSizeIterator<Item = ReplyCode> {
    codes(&ANY_COMMAND_ERRORS)
}
/// Every command with its replies.
pub fn commands() -> &'static [CommandEntry] {
    &COMMANDS
}
