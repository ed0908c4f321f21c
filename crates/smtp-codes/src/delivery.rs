//! Layer 6, a delivery's verdict (features `message` and `log`): the reply's text weighed
//! with what the MTA itself recorded for the recipient (the enhanced code it wrote, what it
//! did: failed, delayed, delivered). One rule for bounce messages (a DSN's `Action:` and
//! `Status:`) and MTA logs (`status=`, `dsn=`).

use crate::commands::Command;
use crate::explain::{explain, explain_words, sisimai_hard, Evidence, Explanation, Reason};
use crate::types::{Bounce, Class, EnhancedClass, EnhancedStatusCode, ReplyCode};
use core::fmt;

/// What the reporting MTA did for a recipient (RFC 3464 §2.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// It could not deliver and gave up.
    Failed,
    /// It has not delivered yet and is still trying.
    Delayed,
    /// It delivered the message.
    Delivered,
    /// It handed the message on to a system that sends no DSN.
    Relayed,
    /// It delivered to a list or alias that expands to more recipients.
    Expanded,
}

impl Action {
    /// `failed`, `delayed`, `delivered`, `relayed` or `expanded`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delayed => "delayed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
            Action::Expanded => "expanded",
        }
    }

    /// The action a DSN's `Action:` field names (any case, comments after it ignored).
    pub fn from_field(value: &str) -> Option<Action> {
        let word = value
            .split(|c: char| c.is_whitespace() || c == '(' || c == ';')
            .next()
            .unwrap_or("");
        [
            Action::Failed,
            Action::Delayed,
            Action::Delivered,
            Action::Relayed,
            Action::Expanded,
        ]
        .into_iter()
        .find(|a| a.as_str().eq_ignore_ascii_case(word))
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The verdict for one recipient: what the reply means and what a sender should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub(crate) code: Option<ReplyCode>,
    pub(crate) enhanced: Option<EnhancedStatusCode>,
    pub(crate) class: Option<Class>,
    pub(crate) bounce: Option<Bounce>,
    pub(crate) retry: bool,
    pub(crate) reason: Reason,
    pub(crate) sisimai_reason: &'static str,
    pub(crate) suppress: bool,
    pub(crate) sisimai_hardbounce: bool,
    pub(crate) evidence: String,
}

impl Verdict {
    /// The reply code the server gave, if any.
    pub const fn code(&self) -> Option<ReplyCode> {
        self.code
    }
    /// The reply's own enhanced status code, else the DSN's `Status:`.
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }
    /// The class of the code.
    pub const fn class(&self) -> Option<Class> {
        self.class
    }
    /// Soft or hard bounce; `None` for no failure.
    pub const fn bounce(&self) -> Option<Bounce> {
        self.bounce
    }
    /// Whether sending again later can succeed.
    pub const fn retry(&self) -> bool {
        self.retry
    }
    /// Why the delivery failed.
    pub const fn reason(&self) -> Reason {
        self.reason
    }
    /// The nearest of sisimai's reason names.
    pub const fn sisimai_reason(&self) -> &'static str {
        self.sisimai_reason
    }
    /// Whether to drop the address from your lists, as senders do.
    pub const fn suppress(&self) -> bool {
        self.suppress
    }
    /// sisimai's own hard-bounce rule.
    pub const fn sisimai_hardbounce(&self) -> bool {
        self.sisimai_hardbounce
    }
    /// What decided the reason.
    pub fn evidence(&self) -> &str {
        &self.evidence
    }
}

/// The phrases that name the command a reply answered, by command: where a text names
/// several commands, the first in this list wins. Each command comes with anchor words, one
/// of which every phrase of that command holds: a text with none of a command's anchors is
/// not searched for its phrases.
const COMMAND_WORDS: [(&str, &[&str], &[&str]); 5] = [
    (
        "DATA_END",
        &["data", "message"],
        &[
            "end of data",
            "end of message",
            "after data end",
            "our final data",
        ],
    ),
    (
        "RCPT",
        &["rcpt", "does not like"],
        &[
            "rcpt to",
            "rcpt_to",
            "after rcpt command",
            "smtp:rcpt ",
            // qmail-remote's words for a refused RCPT and MAIL.
            "does not like recipient",
        ],
    ),
    (
        "MAIL",
        &["mail", "does not like"],
        &["mail from", "mail_from", "does not like sender"],
    ),
    (
        "DATA",
        &["data"],
        &[
            "in reply to data",
            "after data",
            "response to data",
            "smtp command data",
        ],
    ),
    (
        "EHLO",
        &["ehlo", "helo", "my name"],
        &[
            "in reply to ehlo",
            "after ehlo",
            "in reply to helo",
            // qmail-remote's words for a refused HELO.
            "but my name was rejected",
        ],
    ),
];

/// The SMTP command the reply answered, when the text says so.
pub(crate) fn smtp_command(text: &str) -> Option<&'static str> {
    if let Some(command) = transcript_command(text) {
        return Some(command);
    }
    // Lower case, white space runs as one space (most texts here are folded already: the
    // copy is then all the work).
    let mut lower = text.to_ascii_lowercase();
    let folded =
        !lower.contains("  ") && !lower.bytes().any(|b| b.is_ascii_whitespace() && b != b' ');
    if !folded {
        lower = lower.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    }
    COMMAND_WORDS
        .iter()
        .find(|(_, anchors, words)| {
            anchors.iter().any(|a| lower.contains(a)) && words.iter().any(|w| lower.contains(w))
        })
        .and_then(|(command, _, _)| Command::from_name(command))
        .map(Command::name)
}

/// In a session transcript (`>>> DATA` then `<<< 550 ...`, as Sendmail writes it), the
/// command that got the first failure reply.
pub(crate) fn transcript_command(text: &str) -> Option<&'static str> {
    // Most texts hold no transcript: one search says so, instead of a look at every line.
    if !text.contains("<<< ") {
        return None;
    }
    let mut last: Option<&str> = None;
    for line in text.lines().map(str::trim_start) {
        if let Some(sent) = line.strip_prefix(">>> ") {
            last = Some(sent);
        } else if let Some(reply) = line.strip_prefix("<<< ") {
            if reply.starts_with(['4', '5']) {
                return sent_command(last?);
            }
        }
    }
    None
}

/// The command of a transcript's `>>>` line (`RCPT To:<...>`, `.` for the end of data).
pub(crate) fn sent_command(sent: &str) -> Option<&'static str> {
    let verb = sent.split([' ', ':']).next()?.to_ascii_uppercase();
    match verb.as_str() {
        "." => Command::from_name("DATA_END"),
        v => Command::from_name(v),
    }
    .map(Command::name)
}

/// sisimai's name for an unknown user, by the enhanced code and the command the reply
/// answered: `hasmoved` with X.1.6; where the phrase is one a vendor's reader decides
/// (`vendor_decides`), `userunknown`; refused at MAIL, the sender's (`rejected`); before it,
/// the client (`blocked`); `userunknown` when the reply answered RCPT or its code is one
/// sisimai reads as a bad address (X.1.x but for the host, the ambiguous mailbox, a moved
/// address and the sender's codes: X.1.2, X.1.4, X.1.6, X.1.7, X.1.8); else `filtered`, a
/// filter's refusal, since a server reads the message only after DATA. The address may be
/// unknown all the same, so `suppress` keeps the sender's answer.
fn sisimai_unknown_user(
    enhanced: Option<EnhancedStatusCode>,
    command: Option<&str>,
    vendor_decides: bool,
) -> &'static str {
    let detail = enhanced.filter(|e| e.subject() == 1).map(|e| e.detail());
    if detail == Some(6) {
        return "hasmoved";
    }
    if vendor_decides {
        return Reason::UserUnknown.sisimai();
    }
    let address = detail.is_some_and(|d| !matches!(d, 2 | 4 | 7 | 8));
    match command {
        Some("MAIL") => Reason::SenderRejected.sisimai(),
        Some("EHLO" | "HELO" | "CONN") => Reason::PolicyBlocked.sisimai(),
        Some("RCPT") => Reason::UserUnknown.sisimai(),
        _ if address => Reason::UserUnknown.sisimai(),
        _ => "filtered",
    }
}

/// A verdict as an explanation gives it, and whether its phrase is one sisimai's reader of
/// that vendor decides (see [`crate::explain::Pattern::sisimai_any_command`]).
fn verdict_of(e: &Explanation<'_>, dsn: Option<EnhancedStatusCode>) -> (Verdict, bool) {
    let any_command = matches!(e.evidence(), Evidence::Phrase(p) if p.sisimai_any_command());
    let v = Verdict {
        code: e.code(),
        enhanced: e.enhanced().or(dsn),
        class: e.class(),
        bounce: e.bounce(),
        retry: e.retry(),
        reason: e.reason(),
        sisimai_reason: e.sisimai_reason(),
        suppress: e.suppress(),
        sisimai_hardbounce: e.sisimai_hardbounce(),
        evidence: e.evidence().to_string(),
    };
    (v, any_command)
}

/// The verdict for one recipient from the reply's text and the delivery's own fields: the
/// enhanced code the MTA recorded (a DSN's `Status:`, a log's `dsn=`), what it did, and the
/// command the reply answered.
pub(crate) fn judge(
    said: Option<&str>,
    is_smtp: bool,
    dsn: Option<EnhancedStatusCode>,
    action: Option<Action>,
    command: Option<&str>,
) -> Verdict {
    // `Diagnostic-Code: X-Unix; 75`: the exit status of a local delivery program (a
    // sysexits.h code): the mailer failed, which says nothing of the address.
    let exit_status = !is_smtp
        && said.is_some_and(|t| {
            let t = t.trim();
            !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
        });
    let status_text = dsn.map(|d| d.to_string());
    let from_status = status_text.as_deref().and_then(|d| explain(d).ok());
    let from_status = from_status.map(|e| verdict_of(&e, dsn));
    let from_text = said.filter(|_| !exit_status).and_then(|t| {
        let e = explain(t).ok()?;
        Some(match (dsn, e.evidence()) {
            // Words without a code (a local program's, a report's sentence): the Status:
            // field gives the class, and the words the reason.
            (Some(d), Evidence::Phrase(p)) if e.code().is_none() && e.enhanced().is_none() => {
                verdict_of(&explain_words(t, p, d), dsn)
            }
            _ => verdict_of(&e, dsn),
        })
    });
    // The text decides; where it says nothing specific, the Status: field does.
    let vague = |v: &(Verdict, bool)| matches!(v.0.reason, Reason::Other);
    let chosen = match (from_text, from_status) {
        (Some(t), Some(s)) if vague(&t) && !vague(&s) => Some(s),
        (Some(t), _) => Some(t),
        (None, s) => s,
    };
    // Whether sisimai's reader of the phrase's vendor names the reason itself.
    let (mut v, any_command) = chosen.unwrap_or_else(|| {
        let v = Verdict {
            code: None,
            enhanced: dsn,
            class: dsn.map(|d| d.class().reply_class()),
            bounce: Some(Bounce::Hard),
            retry: false,
            reason: Reason::Other,
            sisimai_reason: Reason::Other.sisimai(),
            suppress: false,
            sisimai_hardbounce: false,
            evidence: "nothing specific".to_string(),
        };
        (v, false)
    });
    if exit_status && matches!(v.reason, Reason::Other) {
        v.reason = Reason::SystemError;
        v.sisimai_reason = "mailererror";
        v.evidence = "the exit status of a local delivery program (X-Unix)".to_string();
    } else if !is_smtp && !exit_status && v.sisimai_reason != Reason::MailboxFull.sisimai() {
        // A local delivery program's words (`X-Unix; procmail: Lock failure`): sisimai's
        // `mailererror`, unless they say the mailbox is full.
        v.sisimai_reason = "mailererror";
    }
    let temporary = dsn.map(|d| d.class()) == Some(EnhancedClass::PersistentTransientFailure)
        || v.class == Some(Class::TransientNegative);
    match action {
        Some(Action::Delivered | Action::Relayed | Action::Expanded) => {
            v.bounce = None;
            v.retry = false;
            v.reason = Reason::None;
            v.sisimai_reason = "delivered";
            v.suppress = false;
        }
        Some(Action::Delayed) => {
            // The sender's MTA is still trying. A failure, whatever the text said (a
            // success reply in the text is not what was delayed).
            v.bounce = Some(Bounce::Soft);
            v.retry = true;
            v.suppress = false;
            if v.reason == Reason::None {
                v.reason = Reason::Other;
                v.sisimai_reason = Reason::Other.sisimai();
            }
        }
        Some(Action::Failed) if temporary => {
            // It gave up on a temporary failure: nothing more will happen.
            v.bounce = Some(Bounce::Soft);
            v.retry = false;
            v.suppress = false;
            if matches!(v.reason, Reason::Other | Reason::None) {
                v.reason = Reason::Expired;
                v.sisimai_reason = Reason::Expired.sisimai();
            }
        }
        Some(Action::Failed) if v.bounce.is_none() => {
            v.bounce = Some(Bounce::Hard);
            if v.reason == Reason::None {
                v.reason = Reason::Other;
                v.sisimai_reason = Reason::Other.sisimai();
            }
        }
        _ => {}
    }
    if v.sisimai_reason == Reason::UserUnknown.sisimai() {
        v.sisimai_reason = sisimai_unknown_user(v.enhanced, command, any_command);
    }
    // What sisimai calls a failure it cannot classify: `expired` when the MTA is still
    // trying, `onhold` when there is a diagnostic to read, `undefined` when there is none.
    if v.sisimai_reason == Reason::Other.sisimai() {
        if action == Some(Action::Delayed) {
            v.sisimai_reason = Reason::Expired.sisimai();
        } else if said.is_some_and(|t| !t.trim().is_empty()) {
            v.sisimai_reason = "onhold";
        }
    }
    // sisimai's rule on its own name, where the MTA's record may have changed it.
    let permanent = !temporary && v.bounce == Some(Bounce::Hard);
    v.sisimai_hardbounce = sisimai_hard(v.sisimai_reason, permanent);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_phrase_holds_one_of_its_commands_anchors() {
        for (command, anchors, words) in COMMAND_WORDS {
            assert!(Command::from_name(command).is_some(), "{command}");
            for w in words {
                assert!(anchors.iter().any(|a| w.contains(a)), "{command}: {w:?}");
            }
        }
        // The first command named wins, as the list orders them.
        assert_eq!(smtp_command("550 after end of data"), Some("DATA_END"));
        assert_eq!(smtp_command("in reply to RCPT TO command"), Some("RCPT"));
        assert_eq!(smtp_command("MAIL FROM refused after DATA"), Some("MAIL"));
        assert_eq!(
            smtp_command("said:\n  550 in reply to\n DATA"),
            Some("DATA")
        );
        assert_eq!(smtp_command("but my name was rejected"), Some("EHLO"));
        assert_eq!(smtp_command("550 5.1.1 user unknown"), None);
    }

    #[test]
    fn status_codes_and_commands() {
        assert_eq!(
            smtp_command("said: 550 ... (in reply to RCPT TO command)"),
            Some("RCPT")
        );
        assert_eq!(
            smtp_command("(in reply to end of DATA command)"),
            Some("DATA_END")
        );
        assert_eq!(smtp_command("nothing"), None);
    }

    #[test]
    fn a_local_program_exit_status_is_a_mailer_error() {
        let v = judge(
            Some("75"),
            false,
            "4.5.0".parse().ok(),
            Some(Action::Delayed),
            None,
        );
        assert_eq!(
            (v.reason, v.sisimai_reason),
            (Reason::SystemError, "mailererror")
        );
        assert_eq!(
            (v.bounce, v.retry, v.suppress),
            (Some(Bounce::Soft), true, false)
        );
        // Words from a local program are not an exit status.
        let v = judge(
            Some("no such file"),
            false,
            None,
            Some(Action::Failed),
            None,
        );
        assert_eq!(v.reason, Reason::Other);
        // An SMTP reply of three digits is a code, not an exit status.
        let v = judge(Some("550"), true, None, Some(Action::Failed), None);
        assert_ne!(v.sisimai_reason, "mailererror");
    }

    #[test]
    fn a_delayed_recipient_is_soft_and_retried() {
        let v = judge(
            Some("451 4.7.1 Greylisted"),
            true,
            "4.7.1".parse().ok(),
            Some(Action::Delayed),
            None,
        );
        assert_eq!(
            (v.bounce, v.retry, v.reason),
            (Some(Bounce::Soft), true, Reason::Greylisted)
        );
        // An unknown user after DATA: sisimai says filtered, the sender still drops it.
        let v = judge(
            Some("550 Unknown user"),
            true,
            None,
            Some(Action::Failed),
            Some("DATA"),
        );
        assert_eq!(
            (v.sisimai_reason, v.sisimai_hardbounce, v.suppress),
            ("filtered", false, true)
        );
        let v = judge(
            Some("550 5.1.1 Unknown user"),
            true,
            None,
            None,
            Some("DATA"),
        );
        assert_eq!(v.sisimai_reason, "userunknown");
        let v = judge(None, true, "4.4.7".parse().ok(), Some(Action::Failed), None);
        assert_eq!((v.bounce, v.retry), (Some(Bounce::Soft), false));
        let v = judge(
            None,
            true,
            "2.0.0".parse().ok(),
            Some(Action::Delivered),
            None,
        );
        assert_eq!((v.bounce, v.reason), (None, Reason::None));
    }

    #[test]
    fn sisimai_names_an_unknown_user_by_command_and_code() {
        let name = |text: &str, command: Option<&str>| {
            let v = judge(Some(text), true, None, Some(Action::Failed), command);
            (v.sisimai_reason, v.sisimai_hardbounce, v.suppress)
        };
        // Not known to answer RCPT, no code of the address: a filter's refusal for sisimai;
        // the address is dropped all the same.
        assert_eq!(name("550 User unknown", None), ("filtered", false, true));
        assert_eq!(
            name("550 5.2.1 User unknown", None),
            ("filtered", false, true)
        );
        assert_eq!(name("550 User unknown", Some("DATA_END")).0, "filtered");
        // Answering RCPT, or with an X.1.x code of the address.
        assert_eq!(
            name("550 User unknown", Some("RCPT")),
            ("userunknown", true, true)
        );
        // Refused at MAIL: the sender; before it: the client.
        assert_eq!(name("550 5.1.0 User unknown", Some("MAIL")).0, "rejected");
        assert_eq!(name("550 Rejected", Some("EHLO")).0, "blocked");
        assert_eq!(name("550 5.1.1 User unknown", None).0, "userunknown");
        assert_eq!(
            name("550 5.1.10 Recipient not found", None).0,
            "userunknown"
        );
        // X.1.6: the mailbox has moved.
        assert_eq!(
            name("551 5.1.6 not our user", None),
            ("hasmoved", true, true)
        );
        // A vendor's own wording is its reader's decision, whatever the command.
        assert_eq!(
            name("The recipient name is not recognized", None).0,
            "userunknown"
        );
        assert_eq!(
            name(
                "554 delivery error: dd This user doesn't have a yahoo.com account",
                Some("DATA")
            )
            .0,
            "userunknown"
        );
        assert_eq!(
            name("550 <bob@ezweb.ne.jp>: User unknown", None).0,
            "userunknown"
        );
        assert_eq!(name("mail.local: unknown user: bob", None).0, "userunknown");
    }

    #[test]
    fn commands_named_by_qmail_and_other_reports() {
        let said = |t: &str| smtp_command(t);
        assert_eq!(
            said("192.0.2.1 does not like recipient. Remote host said: 550"),
            Some("RCPT")
        );
        assert_eq!(said("192.0.2.1 does not like sender."), Some("MAIL"));
        assert_eq!(
            said("Connected to 192.0.2.1 but my name was rejected."),
            Some("EHLO")
        );
        assert_eq!(
            said("SMTP error from remote server after RCPT command: 550"),
            Some("RCPT")
        );
        assert_eq!(
            said("Technical details: SMTP:RCPT host 192.0.2.8: 553"),
            Some("RCPT")
        );
        assert_eq!(sent_command(". "), Some("DATA_END"));
        assert_eq!(sent_command("RCPT To:<bob@example.org>"), Some("RCPT"));
    }

    #[test]
    fn words_without_a_code_take_their_class_from_the_status() {
        // A phrase whose reason is usually temporary, under a permanent Status: hard.
        let v = judge(
            Some("Connection refused"),
            true,
            "5.0.0".parse().ok(),
            Some(Action::Failed),
            None,
        );
        assert_eq!(
            (v.reason, v.bounce, v.retry),
            (Reason::DnsOrRouting, Some(Bounce::Hard), false)
        );
        assert_eq!(v.class, Some(Class::PermanentNegative));
        // The same words under a temporary one: the MTA gave up, soft and final.
        let v = judge(
            Some("Connection refused"),
            true,
            "4.4.7".parse().ok(),
            Some(Action::Failed),
            None,
        );
        assert_eq!(
            (v.reason, v.bounce, v.retry),
            (Reason::DnsOrRouting, Some(Bounce::Soft), false)
        );
    }

    #[test]
    fn a_local_programs_words_are_a_mailer_error_unless_the_mailbox_is_full() {
        let unix = |text: &str, status: &str| {
            let v = judge(
                Some(text),
                false,
                status.parse().ok(),
                Some(Action::Failed),
                None,
            );
            (v.reason, v.sisimai_reason)
        };
        assert_eq!(
            unix("procmail: Lock failure on \"/var/mail/bob.lock\"", "5.2.0").1,
            "mailererror"
        );
        assert_eq!(
            unix(
                "/home/bob/Maildir/tmp/1.A.host: Disk quota exceeded",
                "4.3.0"
            ),
            (Reason::MailboxFull, "mailboxfull")
        );
    }
}
