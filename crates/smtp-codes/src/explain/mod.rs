//! Explaining what a user hands over: a code, an enhanced code, a reply, a `Diagnostic-Code`
//! line, or bounce text that contains a reply: what happened and what a program should do.
//!
//! # How a reason is chosen
//!
//! Three kinds of evidence compete, each with a priority from `data/smtp-codes.yaml`:
//!
//! 1. the phrases of real servers (`patterns`, default priority 50), found in one pass over
//!    the text by an Aho-Corasick automaton built at compile time;
//! 2. the default reason of the enhanced code (`code_reasons`, default 40; precise codes such
//!    as `X.1.1` or `X.2.2` are given more, so that they beat generic phrases);
//! 3. the default reason of the basic code (default 10).
//!
//! (The defaults are the YAML's `default_priorities`.)
//!
//! The highest priority wins; among equals a phrase beats a code. Success and intermediate
//! replies have the reason `none`. Without any evidence the reason is `other`.
//!
//! # sisimai
//!
//! [`Explanation::sisimai_reason`] is the nearest of sisimai's reason names: the phrase's own
//! when it names one (`virusdetected`, `networkerror`, `requireptr`, ...), else the reason's
//! default (`user_unknown` → `userunknown`, `policy_blocked` → `blocked`, ...; see
//! [`Reason::sisimai`]).
//!
//! # Dropping an address
//!
//! [`Explanation::suppress`] answers the sender's question "drop this address?" as senders
//! and ESPs do: true for a permanent failure because the address does not exist
//! (`user_unknown`), its mailbox is disabled, suspended or inactive (`mailbox_disabled`), or
//! its domain does not exist or accepts no mail (`not_accepting_mail`, a phrase or code that
//! says the domain is missing). It follows the hard-bounce suppression of Amazon SES ("Using
//! the Amazon SES account-level suppression list",
//! <https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html>) and
//! Postmark ("Bounce API: bounce types",
//! <https://postmarkapp.com/developer/api/bounce-api#bounce-types>), which deactivate an
//! address after a hard bounce. [`Explanation::sisimai_hardbounce`] is sisimai's own rule,
//! which keeps disabled mailboxes soft. Which reasons suppress is data: the `suppress` and
//! `sisimai_hardbounce` flags of each reason in the YAML.

mod matcher;

use crate::generated::explain::{
    basic_reason, enhanced_reason, CodeDefault, SISIMAI_HARD_ALWAYS, SISIMAI_HARD_WHEN_PERMANENT,
};
pub use crate::generated::explain::{Pattern, Reason};
use crate::types::{
    Alias, BasicEntry, Bounce, Category, Class, EnhancedEntry, EnhancedStatusCode, Pairing,
    ReplyCode,
};
use crate::wire::bounce::{find_reply, DiagnosticCode};
use crate::wire::logline::{self, Delivery, Event};
use crate::wire::reply::{ParseOptions, Reply};
use matcher::best_pattern;
use std::fmt;

/// What kind of input was explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputKind {
    /// A basic code alone: `550`.
    BasicCode,
    /// An enhanced code alone: `5.1.1`.
    EnhancedCode,
    /// A reply as sent on the wire, single or multi-line.
    Reply,
    /// An RFC 3464 `Diagnostic-Code:` field.
    DiagnosticCode,
    /// Running text with a reply or code in it.
    Text,
    /// A line of an MTA's log (Postfix, Exim, Sendmail): only its reply text and its `dsn=`
    /// are read.
    LogLine,
}

impl InputKind {
    /// `basic_code`, `enhanced_code`, `reply`, `diagnostic_code`, `text` or `log_line`.
    pub const fn as_str(self) -> &'static str {
        match self {
            InputKind::BasicCode => "basic_code",
            InputKind::EnhancedCode => "enhanced_code",
            InputKind::Reply => "reply",
            InputKind::DiagnosticCode => "diagnostic_code",
            InputKind::Text => "text",
            InputKind::LogLine => "log_line",
        }
    }
}

/// The error returned when the input holds no reply code, no enhanced status code and no
/// phrase the catalog knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NothingToExplain;

impl fmt::Display for NothingToExplain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no SMTP reply code (200-599), enhanced status code (such as 5.1.1) or known bounce phrase found")
    }
}

impl std::error::Error for NothingToExplain {}

/// What decided the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Evidence {
    /// A phrase of the text.
    Phrase(&'static Pattern),
    /// The enhanced status code's default reason.
    EnhancedCode(EnhancedStatusCode),
    /// The basic code's default reason (or its class, for success replies).
    BasicCode(ReplyCode),
    /// Nothing: the reason is `other`.
    Nothing,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Phrase(p) => write!(f, "phrase \"{}\" ({})", p.phrase(), p.source()),
            Evidence::EnhancedCode(e) => write!(f, "enhanced code {e}"),
            Evidence::BasicCode(c) => write!(f, "reply code {c}"),
            Evidence::Nothing => f.write_str("nothing specific"),
        }
    }
}

/// What the codes in an input mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation<'a> {
    kind: InputKind,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
    reason: Reason,
    evidence: Evidence,
    bounce: Option<Bounce>,
    retry: bool,
    sisimai: &'static str,
    suppress: bool,
    sisimai_hardbounce: bool,
}

/// Where the codes of an input are, before judging them.
struct Located<'a> {
    kind: InputKind,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
    /// Where phrases are looked for: the whole input, or a log line's reply text alone.
    scope: &'a str,
}

fn locate(trimmed: &str) -> Option<Located<'_>> {
    if let Some(line) = logline::parse(trimmed) {
        return match (line.mta(), line.event()) {
            (Some(_), Event::Delivery(d)) => Some(log_located(&d)),
            // The line's own fields and the MTA's own warnings hold no reply.
            (Some(_), _) => None,
            // Another program's line: its message, without the prefix.
            (None, _) => locate_text(line.message().trim()),
        };
    }
    locate_text(trimmed)
}

/// A delivery result or rejection in a log line: the reply in its text; `dsn=` counts as the
/// enhanced code.
fn log_located<'a>(d: &Delivery<'a>) -> Located<'a> {
    let scope = d.server_text().unwrap_or("");
    let found = find_reply(scope);
    Located {
        kind: InputKind::LogLine,
        code: found.and_then(|f| f.code()),
        enhanced: found.and_then(|f| f.enhanced()).or(d.dsn()),
        text: found.map_or(scope, |f| f.text()),
        scope,
    }
}

fn locate_text(trimmed: &str) -> Option<Located<'_>> {
    let located = |kind, code, enhanced, text| {
        Some(Located {
            kind,
            code,
            enhanced,
            text,
            scope: trimmed,
        })
    };
    if let Ok(code) = trimmed.parse::<ReplyCode>() {
        return located(InputKind::BasicCode, Some(code), None, "");
    }
    if let Ok(enhanced) = trimmed.parse::<EnhancedStatusCode>() {
        return located(InputKind::EnhancedCode, None, Some(enhanced), "");
    }
    let is_field = trimmed.len() >= 16
        && trimmed.is_char_boundary(16)
        && trimmed[..16].eq_ignore_ascii_case("diagnostic-code:");
    if let Some(field) = DiagnosticCode::parse(trimmed) {
        // `X-Unix; 75`: the exit status of a local delivery program, not an SMTP reply.
        if field.diagnostic_type().eq_ignore_ascii_case("x-unix") {
            return located(InputKind::DiagnosticCode, None, None, field.text());
        }
        if is_field {
            return match field.reply() {
                Some(found) => located(
                    InputKind::DiagnosticCode,
                    found.code(),
                    found.enhanced(),
                    found.text(),
                ),
                None => located(InputKind::DiagnosticCode, None, None, field.text()),
            };
        }
    }
    // The input is all there is: a last line without its line ending is complete.
    if let Ok((reply, _)) = Reply::parse_to_end(trimmed.as_bytes(), &ParseOptions::lenient()) {
        return Some(reply_located(trimmed, reply.code(), reply.enhanced()));
    }
    match find_reply(trimmed) {
        Some(found) => located(
            InputKind::Text,
            found.code(),
            found.enhanced(),
            found.text(),
        ),
        None => located(InputKind::Text, None, None, trimmed),
    }
}

/// The text of a reply after its first code and enhanced code.
fn reply_located(
    input: &str,
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
) -> Located<'_> {
    let mut text = input.get(4..).unwrap_or("");
    let mut enhanced = enhanced;
    if let Ok((found, len)) = EnhancedStatusCode::parse_prefix(text.as_bytes()) {
        if Some(found) == enhanced {
            text = &text[len..];
        }
    } else if let Some(after_hash) = text.strip_prefix('#').filter(|_| enhanced.is_none()) {
        // `550 #5.1.0 Address rejected.`: an enhanced code marked with `#`, as some servers
        // write it (qmail writes `(#5.1.1)` at the end). Taken when its class is the code's.
        if let Ok((found, len)) = EnhancedStatusCode::parse_prefix(after_hash.as_bytes()) {
            let ends = after_hash[len..].starts_with([' ', '\t']) || after_hash.len() == len;
            if ends && found.class().reply_class() == code.class() {
                enhanced = Some(found);
                text = &after_hash[len..];
            }
        }
    }
    Located {
        kind: InputKind::Reply,
        code: Some(code),
        enhanced,
        text: text.trim(),
        scope: input,
    }
}

/// Explains an input: finds its basic and enhanced codes, what they mean, and why the
/// delivery failed (see the module docs for how the reason is chosen).
///
/// ```
/// use smtp_codes::explain::{explain, InputKind, Reason};
/// use smtp_codes::Bounce;
///
/// let e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown").unwrap();
/// assert_eq!(e.kind(), InputKind::Reply);
/// assert_eq!((e.code().unwrap().as_u16(), e.enhanced().unwrap().to_string().as_str()), (550, "5.1.1"));
/// assert_eq!((e.bounce(), e.retry(), e.suppress()), (Some(Bounce::Hard), false, true));
/// assert_eq!((e.reason(), e.sisimai_reason()), (Reason::UserUnknown, "userunknown"));
///
/// let e = explain("451 4.7.1 Greylisted, please try again later").unwrap();
/// assert_eq!((e.reason(), e.retry()), (Reason::Greylisted, true));
/// ```
pub fn explain(input: &str) -> Result<Explanation<'_>, NothingToExplain> {
    let trimmed = input.trim();
    let found = locate(trimmed).ok_or(NothingToExplain)?;
    let class = match (found.code, found.enhanced) {
        (Some(code), _) => Some(code.class()),
        (None, Some(e)) => Some(e.class().reply_class()),
        (None, None) => None,
    };
    let phrase = best_pattern(found.scope.as_bytes());
    if found.code.is_none() && found.enhanced.is_none() && phrase.is_none() {
        return Err(NothingToExplain);
    }
    let judged = judge(class, phrase, found.code, found.enhanced);
    Ok(explained(&found, class, judged))
}

/// The explanation of located codes with their judged reason: the policy applied once.
fn explained<'a>(found: &Located<'a>, class: Option<Class>, judged: Judged) -> Explanation<'a> {
    let verdict = Policy::of(class, &judged);
    Explanation {
        kind: found.kind,
        code: found.code,
        enhanced: found.enhanced,
        text: found.text,
        reason: judged.reason,
        evidence: judged.evidence,
        bounce: verdict.bounce,
        retry: verdict.retry,
        sisimai: judged.sisimai,
        suppress: verdict.suppress,
        sisimai_hardbounce: verdict.sisimai_hardbounce,
    }
}

/// Words without a code (a local delivery program's, a report's sentence) read as the reply
/// to a delivery whose status the MTA recorded: the words' phrase gives the reason, the
/// status the class. `phrase` is the one [`explain`] found in the words.
#[cfg(any(feature = "message", feature = "log"))]
pub(crate) fn explain_words<'a>(
    text: &'a str,
    phrase: &'static Pattern,
    status: EnhancedStatusCode,
) -> Explanation<'a> {
    let class = Some(status.class().reply_class());
    let judged = judge(class, Some(phrase), None, None);
    let found = Located {
        kind: InputKind::Text,
        code: None,
        enhanced: Some(status),
        text,
        scope: text,
    };
    explained(&found, class, judged)
}

/// Explains a buffer that may hold several replies, in order: a pipelined capture
/// (`250 2.1.0 Ok`, `250 2.1.5 Ok`, `354 End data with <CR><LF>.<CR><LF>`) gives one
/// explanation per reply. Anything else (one reply, multi-line or not, bounce text, a log
/// line) gives the one explanation of [`explain`]. Each comes with the part of the input it
/// explains.
///
/// ```
/// use smtp_codes::explain::{explain_each, Reason};
///
/// let capture = "250 2.1.0 Ok\r\n550-5.1.1 No such user\r\n550 5.1.1 here\r\n354 Go ahead\r\n";
/// let each = explain_each(capture).unwrap();
/// assert_eq!(each.len(), 3);
/// assert_eq!(each[1].0, "550-5.1.1 No such user\r\n550 5.1.1 here\r\n");
/// assert_eq!(each[1].1.reason(), Reason::UserUnknown);
/// assert_eq!(explain_each("550 5.1.1 one reply").unwrap().len(), 1);
/// ```
pub fn explain_each(input: &str) -> Result<Vec<(&str, Explanation<'_>)>, NothingToExplain> {
    let trimmed = input.trim();
    let options = ParseOptions::lenient();
    let mut replies = Vec::new();
    let mut rest = trimmed;
    while !rest.is_empty() {
        match Reply::parse_to_end(rest.as_bytes(), &options) {
            Ok((_, used)) if used > 0 && rest.is_char_boundary(used) => {
                replies.push(&rest[..used]);
                rest = rest[used..].trim_start();
            }
            _ => return explain(input).map(|e| vec![(trimmed, e)]),
        }
    }
    if replies.len() < 2 {
        return explain(input).map(|e| vec![(trimmed, e)]);
    }
    replies.into_iter().map(|r| Ok((r, explain(r)?))).collect()
}

/// The reason chosen and what decided it.
struct Judged {
    reason: Reason,
    evidence: Evidence,
    sisimai: &'static str,
    /// The evidence says the recipient's domain does not exist or accepts no mail.
    domain_missing: bool,
}

/// Weighs the phrase and the codes' default reasons: the highest priority wins, and among
/// equals the earlier candidate (the phrase first).
fn judge(
    class: Option<Class>,
    phrase: Option<&'static Pattern>,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
) -> Judged {
    if matches!(
        class,
        Some(Class::PositiveCompletion | Class::PositiveIntermediate)
    ) {
        return Judged {
            reason: Reason::None,
            evidence: code.map_or(Evidence::Nothing, Evidence::BasicCode),
            sisimai: "delivered",
            domain_missing: false,
        };
    }
    let candidates = [
        phrase.map(|p| {
            let judged = Judged {
                reason: p.reason(),
                evidence: Evidence::Phrase(p),
                sisimai: p.sisimai().unwrap_or(p.reason().sisimai()),
                domain_missing: p.recipient_domain_missing(),
            };
            (p.priority(), judged)
        }),
        enhanced.and_then(|e| {
            let d = enhanced_reason(e.class().digit(), e.subject(), e.detail())?;
            Some((d.priority, from_code(d, Evidence::EnhancedCode(e))))
        }),
        code.and_then(|c| {
            let d = basic_reason(c.as_u16())?;
            Some((d.priority, from_code(d, Evidence::BasicCode(c))))
        }),
    ];
    let mut best: Option<(u8, Judged)> = None;
    for (priority, judged) in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| priority > b.0) {
            best = Some((priority, judged));
        }
    }
    best.map_or(
        Judged {
            reason: Reason::Other,
            evidence: Evidence::Nothing,
            sisimai: Reason::Other.sisimai(),
            domain_missing: false,
        },
        |(_, judged)| judged,
    )
}

fn from_code(d: CodeDefault, evidence: Evidence) -> Judged {
    Judged {
        reason: d.reason,
        evidence,
        sisimai: d.sisimai.unwrap_or(d.reason.sisimai()),
        domain_missing: d.recipient_domain_missing,
    }
}

/// sisimai's hard-bounce rule on its own reason name (the YAML's `sisimai_hard_bounces`):
/// `userunknown`, `hostunknown` and `hasmoved` are hard whatever the code, `notaccept` when the
/// failure is permanent, the rest soft.
pub(crate) fn sisimai_hard(name: &str, permanent: bool) -> bool {
    SISIMAI_HARD_ALWAYS.contains(&name)
        || (permanent && SISIMAI_HARD_WHEN_PERMANENT.contains(&name))
}

/// What a sender should do: the one place the bounce, retry and suppress policy is written.
struct Policy {
    bounce: Option<Bounce>,
    retry: bool,
    suppress: bool,
    sisimai_hardbounce: bool,
}

impl Policy {
    fn of(class: Option<Class>, judged: &Judged) -> Policy {
        let reason = judged.reason;
        let bounce = match class {
            Some(Class::TransientNegative) => Some(Bounce::Soft),
            Some(Class::PermanentNegative) => Some(Bounce::Hard),
            Some(_) => None,
            // No code: what the reason usually is. A recipient domain that does not exist
            // will not exist tomorrow either.
            None if reason.usually_temporary() && !judged.domain_missing => Some(Bounce::Soft),
            None => Some(Bounce::Hard),
        };
        let retry = match class {
            Some(Class::TransientNegative) => true,
            Some(Class::PermanentNegative) => reason.retry_when_permanent(),
            Some(_) => false,
            None => bounce == Some(Bounce::Soft),
        };
        // A recipient domain that does not exist or accepts no mail is as bad as the address.
        let hard = bounce == Some(Bounce::Hard);
        Policy {
            bounce,
            retry,
            suppress: hard && (reason.suppresses() || judged.domain_missing),
            sisimai_hardbounce: sisimai_hard(judged.sisimai, hard),
        }
    }
}

impl<'a> Explanation<'a> {
    /// What kind of input it was.
    pub const fn kind(&self) -> InputKind {
        self.kind
    }
    /// The basic reply code found, if any.
    pub const fn code(&self) -> Option<ReplyCode> {
        self.code
    }
    /// The enhanced status code found, if any.
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }
    /// The server's text after the codes (empty for a code alone).
    pub const fn text(&self) -> &'a str {
        self.text
    }
    /// The catalog's entry for the basic code.
    pub fn code_entry(&self) -> Option<&'static BasicEntry> {
        self.code.and_then(ReplyCode::entry)
    }
    /// The catalog's entry for the enhanced code.
    pub fn enhanced_entry(&self) -> Option<&'static EnhancedEntry> {
        self.enhanced.and_then(EnhancedStatusCode::entry)
    }
    /// A vendor's dotless reading of the basic code (Exchange's `441` for `4.4.1`).
    pub fn alias(&self) -> Option<&'static Alias> {
        self.code.and_then(ReplyCode::alias)
    }
    /// The class of the basic code, or the one the enhanced code's class stands for.
    pub fn class(&self) -> Option<Class> {
        match (self.code, self.enhanced) {
            (Some(code), _) => Some(code.class()),
            (None, Some(e)) => Some(e.class().reply_class()),
            (None, None) => None,
        }
    }
    /// The category of the basic code.
    pub fn category(&self) -> Option<Category> {
        self.code.map(ReplyCode::category)
    }
    /// How the enhanced code fits the basic code, when there are both.
    pub fn pairing(&self) -> Option<Pairing> {
        Some(self.enhanced?.pairing(self.code?))
    }
    /// Soft (`4yz`) or hard (`5yz`) bounce; `None` for success and intermediate replies.
    /// Without a code, what the reason usually is (`mailbox_full` soft, `user_unknown` hard).
    pub const fn bounce(&self) -> Option<Bounce> {
        self.bounce
    }
    /// Whether sending again later can succeed: transient failures, and permanent ones that
    /// say "not now" (`rate_limited`, `greylisted`).
    pub const fn retry(&self) -> bool {
        self.retry
    }
    /// Why the delivery failed (`none` for success and intermediate replies).
    pub const fn reason(&self) -> Reason {
        self.reason
    }
    /// The nearest of sisimai's reason names.
    pub const fn sisimai_reason(&self) -> &'static str {
        self.sisimai
    }
    /// Whether to drop the address from your lists, as senders and ESPs do: a permanent
    /// failure because the address does not exist, its mailbox is disabled, or its domain does
    /// not exist or accepts no mail (see the [module docs](self#dropping-an-address)).
    pub const fn suppress(&self) -> bool {
        self.suppress
    }
    /// sisimai's own "hardbounce": like [`suppress`](Self::suppress), but sisimai keeps
    /// disabled mailboxes (`suspend`) soft.
    pub const fn sisimai_hardbounce(&self) -> bool {
        self.sisimai_hardbounce
    }
    /// What decided the reason.
    pub const fn evidence(&self) -> Evidence {
        self.evidence
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_input() {
        let kind = |s| explain(s).unwrap().kind();
        assert_eq!(kind(" 421 "), InputKind::BasicCode);
        assert_eq!(kind("5.7.1"), InputKind::EnhancedCode);
        assert_eq!(kind("421 4.7.0 Try again later"), InputKind::Reply);
        assert_eq!(
            kind("550-5.1.1 first\r\n550 5.1.1 second\r\n"),
            InputKind::Reply
        );
        assert_eq!(
            kind("Diagnostic-Code: smtp; 552 5.2.2 Mailbox full"),
            InputKind::DiagnosticCode
        );
        assert_eq!(
            kind("host mx.example.com said: 550 5.1.1 unknown"),
            InputKind::Text
        );
        assert_eq!(explain("nothing here"), Err(NothingToExplain));
        assert_eq!(explain(""), Err(NothingToExplain));
    }

    #[test]
    fn an_enhanced_code_marked_with_a_hash() {
        let e = explain("550 #5.1.0 Address rejected.").unwrap();
        assert_eq!(e.enhanced(), "5.1.0".parse().ok());
        assert_eq!(e.text(), "Address rejected.");
        // Of another class than the reply's, or glued to a word: not the reply's.
        assert_eq!(
            explain("550 #4.1.0 Address rejected.").unwrap().enhanced(),
            None
        );
        assert_eq!(
            explain("550 #5.1.0x Address rejected.").unwrap().enhanced(),
            None
        );
    }

    #[test]
    fn disabled_mailboxes_are_dropped_but_sisimai_keeps_them_soft() {
        let e = explain("550 5.2.1 The email account that you tried to reach is disabled").unwrap();
        assert_eq!(e.reason(), Reason::MailboxDisabled);
        assert!(e.suppress());
        assert!(!e.sisimai_hardbounce());
        let e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown")
            .unwrap();
        assert!(e.suppress() && e.sisimai_hardbounce());
        // A transient failure is never dropped, whatever the reason.
        let e = explain("450 4.2.1 The email account that you tried to reach is disabled").unwrap();
        assert!(!e.suppress() && !e.sisimai_hardbounce());
        // A domain that does not exist: both.
        let e = explain("550 5.1.2 Host or domain name not found. Name service error for name=example.invalid: nxdomain").unwrap();
        assert!(e.suppress() && e.sisimai_hardbounce(), "{:?}", e.reason());
    }

    #[test]
    fn reply_text_and_class() {
        let e = explain("421 4.7.0 Try again later").unwrap();
        assert_eq!(e.text(), "Try again later");
        assert_eq!(e.class(), Some(Class::TransientNegative));
        assert!(e.retry());
        let e = explain("250 OK").unwrap();
        assert_eq!((e.bounce(), e.retry()), (None, false));
        assert_eq!(e.pairing(), None);
    }
}
